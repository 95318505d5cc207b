import { reactive } from 'vue'
import { fieldErrors, problemMessage, toProblem } from '@/api/problem'
import { i18n } from '@/locales'
import { showError, showProblem } from './notify'

/**
 * Server-side field errors for el-form-item's `error` prop, keyed by request field name.
 * Field errors appear next to their fields; everything else becomes a toast.
 */
export function useFormErrors() {
  const errors = reactive<Record<string, string>>({})

  function clear(): void {
    for (const field of Object.keys(errors)) delete errors[field]
  }

  /** Shows a failed submit; returns the problem's message for callers that show it inline. */
  function apply(error: unknown): string {
    clear()
    const problem = toProblem(error)
    const byField = fieldErrors(problem, i18n.global)
    Object.assign(errors, byField)
    const message = problemMessage(problem, i18n.global)
    if (Object.keys(byField).length) showError(message)
    else showProblem(error)
    return message
  }

  return { errors, clear, apply }
}
