import { ref, shallowRef } from 'vue'
import type { TrackResult } from '@/api/case-types'
import { trackCase } from '@/api/cases'
import { toProblem } from '@/api/problem'

export const LAST4 = /^\d{4}$/

/** Why a lookup found nothing: the same answer for a wrong number and a wrong phone. */
export type TrackFailure = 'not-found' | 'rate-limited' | 'network' | 'other'

/** The public progress lookup: case number and the last four digits of the applicant's phone. */
export function useTrack(lookup: typeof trackCase = trackCase) {
  const result = shallowRef<TrackResult | null>(null)
  const failure = ref<TrackFailure | null>(null)
  const searching = ref(false)

  async function search(caseNumber: string, phoneLast4: string): Promise<void> {
    if (searching.value) return
    searching.value = true
    failure.value = null
    result.value = null
    try {
      result.value = await lookup(caseNumber.trim(), phoneLast4.trim())
    } catch (error) {
      const problem = toProblem(error)
      if (problem.status === 429 || problem.code === 'track.rate-limited') failure.value = 'rate-limited'
      else if (problem.status === 404 || problem.code === 'track.not-found') failure.value = 'not-found'
      else failure.value = problem.code === 'network' ? 'network' : 'other'
    } finally {
      searching.value = false
    }
  }

  return { result, failure, searching, search }
}
