import { ref } from 'vue'
import { fetchRating, rateCase } from '@/api/cases'
import { problemCode, problemStatus } from '@/api/problem'
import { showProblem } from '@/composables/notify'

export const STAR_CHOICES = [5, 4, 3, 2, 1] as const

/**
 * The applicant's one rating of a case (好差评). `needed` turns false when the case was rated
 * already (here or on another device), so the tablet does not ask twice.
 */
export function useRating(caseId: number) {
  const checking = ref(true)
  const needed = ref(false)
  const sending = ref(false)
  const sent = ref(false)

  async function check(): Promise<void> {
    checking.value = true
    try {
      await fetchRating(caseId)
      needed.value = false
    } catch (error) {
      // 404: not rated yet. Anything else: ask anyway; the server refuses a second rating.
      needed.value = true
      if (problemStatus(error) !== 404) console.warn('[rating] could not check', error)
    } finally {
      checking.value = false
    }
  }

  async function submit(stars: number, comment: string): Promise<boolean> {
    if (sending.value) return false
    sending.value = true
    try {
      await rateCase(caseId, stars, comment.trim() || undefined)
      sent.value = true
      return true
    } catch (error) {
      if (problemCode((error as { response?: { data?: unknown } }).response?.data) === 'rating.already-rated') {
        sent.value = true
        return true
      }
      showProblem(error)
      return false
    } finally {
      sending.value = false
    }
  }

  void check()
  return { checking, needed, sending, sent, submit }
}
