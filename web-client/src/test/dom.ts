import { flushPromises } from '@vue/test-utils'
import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios'

/** What axios throws for an error response carrying `data` (a problem, usually). */
export function failedResponse(status: number, data: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() }
  const response = { status, data, statusText: '', headers: {}, config } as AxiosResponse
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, response)
}

/** A 400 `validation` problem with one error per [field, code]. */
export function validationFailure(...errors: [field: string, code: string][]): AxiosError {
  return failedResponse(400, {
    status: 400,
    code: 'validation',
    errors: errors.map(([field, code]) => ({ field, code, message: `${field} is ${code}` })),
  })
}

/** Anywhere in the page: dialogs and dropdowns are teleported to <body>. */
export function query<T extends Element = HTMLElement>(selector: string): T {
  const element = document.body.querySelector<T>(selector)
  if (!element) throw new Error(`no ${selector}`)
  return element
}

export async function type(selector: string, value: string): Promise<void> {
  const input = query<HTMLInputElement>(selector)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

/** Element Plus shows a form item's error 100 ms after its state changes. */
export async function settle(): Promise<void> {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 150))
}

/** The error text Element Plus shows under the form item holding the control. */
export function fieldError(testid: string): string | undefined {
  return query(`[data-testid=${testid}]`).closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim()
}
