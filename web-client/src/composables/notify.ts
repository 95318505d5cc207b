import { ElMessage, type MessageParams } from 'element-plus'
import { problemMessage, toProblem } from '@/api/problem'
import { i18n } from '@/locales'

// Below the shell header, so a toast never covers the language switch or the user menu.
const BELOW_HEADER = 76

function show(type: 'success' | 'info' | 'warning' | 'error', message: string): void {
  const options: MessageParams = { type, message, offset: BELOW_HEADER, grouping: true }
  ElMessage(options)
}

export function showError(message: string): void {
  show('error', message)
}

export function showProblem(error: unknown): void {
  const problem = toProblem(error)
  // A 401 already sends the user to the login page; a toast on top would only confuse.
  if (problem.status === 401) return
  showError(problemMessage(problem, i18n.global))
}

export function showSuccess(key: string, params: Record<string, unknown> = {}): void {
  show('success', i18n.global.t(key, params))
}

export function showInfo(key: string): void {
  show('info', i18n.global.t(key))
}

/** Text already worded (e.g. with a case number and a state). */
export function showInfoText(message: string): void {
  show('info', message)
}

export function showWarning(key: string): void {
  show('warning', i18n.global.t(key))
}
