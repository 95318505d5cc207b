import type { FieldView } from '@/casework'

type Translate = (key: string, params?: Record<string, unknown>) => string

/**
 * The line under a field: the server's refusal of the last send, else the server's answer to a
 * save or submit, else the client check once the user has left the field.
 */
export function fieldMessage(view: FieldView | undefined, serverError: string | undefined, t: Translate): string {
  if (!view) return ''
  if (view.refusal) return view.refusal.message || t('case.fault.invalid')
  if (serverError) return serverError
  if (view.fault && view.touched) return t(`case.fault.${view.fault.code}`, view.fault.params ?? {})
  return ''
}
