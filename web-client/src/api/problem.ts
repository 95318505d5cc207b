import axios from 'axios'
import type { FieldError, Problem } from './types'

/** The slice of vue-i18n the mapping needs, so it can be tested with any translator. */
export interface Translator {
  t(key: string): string
  te(key: string): boolean
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

export function problemCode(data: unknown): string | undefined {
  return isObject(data) && typeof data.code === 'string' ? data.code : undefined
}

function isProblem(data: unknown): data is Problem {
  return isObject(data) && (typeof data.code === 'string' || typeof data.title === 'string')
}

/** Turns anything a request can throw into a problem; a missing response is a network problem. */
export function toProblem(error: unknown): Problem {
  if (!axios.isAxiosError(error)) return { code: 'unknown' }
  const response = error.response
  if (!response) return { code: 'network' }
  if (isProblem(response.data)) return { ...response.data, status: response.data.status ?? response.status }
  return { status: response.status, code: response.status >= 500 ? 'server' : 'unknown' }
}

export function problemMessage(problem: Problem, i18n: Translator): string {
  const key = `errors.${problem.code}`
  if (problem.code && i18n.te(key)) return i18n.t(key)
  return problem.detail || problem.title || i18n.t('errors.unknown')
}

function fieldMessage(error: FieldError, i18n: Translator): string {
  const key = `validation.${error.code}`
  if (i18n.te(key)) return i18n.t(key)
  return error.message || i18n.t('validation.invalid')
}

/** Field name → message for el-form-item's `error` prop; the first error per field wins. */
export function fieldErrors(problem: Problem, i18n: Translator): Record<string, string> {
  const result: Record<string, string> = {}
  for (const error of problem.errors ?? []) {
    result[error.field] ??= fieldMessage(error, i18n)
  }
  return result
}

export function problemStatus(error: unknown): number | undefined {
  return axios.isAxiosError(error) ? error.response?.status : undefined
}
