import type { CaseSendError } from '@/api/case-types'
import type { FieldView } from '@/casework'
import { currentLocale, i18n } from '@/locales'

type Translate = (key: string, params?: Record<string, unknown>) => string

/**
 * A refusal heard on /user/queue/errors. STOMP frames carry no language, so the server words it
 * in Chinese; any other UI language translates it by its code.
 */
export function refusalText(refusal: Pick<CaseSendError, 'code' | 'message'>): string {
  const key = `errors.${refusal.code}`
  if (currentLocale.value !== 'zh-CN' && i18n.global.te(key)) return i18n.global.t(key)
  return refusal.message || (i18n.global.te(key) ? i18n.global.t(key) : i18n.global.t('case.fault.invalid'))
}

/**
 * The line under a field: the server's refusal of the last send, else the server's answer to a
 * save or submit, else the client check once the user has left the field.
 */
export function fieldMessage(view: FieldView | undefined, serverError: string | undefined, t: Translate): string {
  if (!view) return ''
  if (view.refusal) return refusalText(view.refusal)
  if (serverError) return serverError
  if (view.fault && view.touched) return t(`case.fault.${view.fault.code}`, view.fault.params ?? {})
  return ''
}
