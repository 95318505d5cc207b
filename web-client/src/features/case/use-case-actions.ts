import { ref, shallowRef, type Ref } from 'vue'
import type { CaseAction, Delivery, Supplement } from '@/api/case-types'
import { transition } from '@/api/cases'
import { problemMessage, toProblem } from '@/api/problem'
import type { FieldError } from '@/api/types'
import { showError, showProblem, showSuccess, showWarning } from '@/composables/notify'
import { i18n } from '@/locales'
import { useCaseRecord } from './use-case-record'

interface Dialog {
  open(action: CaseAction): void
  close(): void
}

/**
 * Field name → message of a refused save or submit. The wire contract names the list `fields`,
 * the server's problem details `errors`. The server's own message comes first: it is in the UI
 * language and names the limit (e.g. the most characters of this field).
 */
function problemFields(error: unknown) {
  const problem = toProblem(error)
  const listed = problem.errors ?? (problem as { fields?: FieldError[] }).fields ?? []
  const byField: Record<string, string> = {}
  for (const { field, code, message } of listed) {
    const key = `validation.${code}`
    byField[field] ??= message || (i18n.global.te(key) ? i18n.global.t(key) : i18n.global.t('case.fault.invalid'))
  }
  return { problem, byField }
}

/**
 * The transitions of the state bar: every one confirmed in plain words first (with a reason or
 * the delivery where the law asks for one); submitting stores the form before it goes.
 */
export function useCaseActions(dialog: Ref<Dialog | null>) {
  const record = useCaseRecord()
  const busy = ref(false)
  /** The server's list after a supplement request, shown until closed. */
  const supplement = shallowRef<Supplement | null>(null)

  function start(action: CaseAction): void {
    if (action === 'submit' && !record.form.touchAll()) {
      showWarning('case.confirm.fixFirst')
      return
    }
    dialog.value?.open(action)
  }

  async function confirm(action: CaseAction, extra: { reason?: string; delivery?: Delivery }): Promise<void> {
    if (busy.value) return
    busy.value = true
    try {
      if (action === 'submit') await record.form.save()
      const next = await transition(record.caseId, action, extra)
      record.apply(next)
      dialog.value?.close()
      showSuccess(`case.done.${action}`)
      if (action === 'request-supplement') supplement.value = next.supplement
    } catch (error) {
      const { problem, byField } = problemFields(error)
      if (Object.keys(byField).length) {
        Object.assign(record.fieldErrors, byField)
        dialog.value?.close()
        showError(problemMessage(problem, i18n.global))
      } else showProblem(error)
      // Someone else moved the case meanwhile: show what the server has.
      if (problem.status === 409) void record.reload()
    } finally {
      busy.value = false
    }
  }

  return { busy, supplement, start, confirm }
}
