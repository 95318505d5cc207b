import { toValue, type MaybeRefOrGetter } from 'vue'
import type { Checklist, Material } from '@/api/material-types'
import { rejectMaterial, removePage, reorderPages, verifyMaterial } from '@/api/materials'
import { useBusy } from '@/composables/use-busy'

/** The checks and page edits; each answers the new checklist, applied at once (the topic follows). */
export function useMaterialActions(caseId: MaybeRefOrGetter<number>, apply: (checklist: Checklist) => void) {
  const { busy, run } = useBusy()

  const verify = (material: Material) =>
    run(async () => apply(await verifyMaterial(toValue(caseId), material.id)), 'materials.verified')

  const reject = (material: Material, reason: string) =>
    run(async () => apply(await rejectMaterial(toValue(caseId), material.id, reason.trim())), 'materials.rejected')

  /** Moves a page one place earlier (-1) or later (+1). */
  const move = (material: Material, pageId: number, step: -1 | 1) => {
    const ids = material.pages.map((page) => page.id)
    const from = ids.indexOf(pageId)
    const to = from + step
    if (from < 0 || to < 0 || to >= ids.length) return Promise.resolve(false)
    ids.splice(to, 0, ...ids.splice(from, 1))
    return run(async () => apply(await reorderPages(toValue(caseId), material.id, ids)))
  }

  const remove = (material: Material, pageId: number) =>
    run(async () => apply(await removePage(toValue(caseId), material.id, pageId)))

  return { busy, verify, reject, move, remove }
}
