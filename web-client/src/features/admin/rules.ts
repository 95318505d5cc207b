import type { FormItemRule } from 'element-plus'
import { check, type Translate } from '@/utils/form-rules'

export { pattern, PHONE_PATTERN, required } from '@/utils/form-rules'

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/
export const SITE_CODE_PATTERN = /^[A-Za-z0-9._-]{2,32}$/

/** At least 8 characters with a letter and a digit (the server enforces the same). */
export function isStrongPassword(value: string): boolean {
  return value.length >= 8 && /[A-Za-z]/.test(value) && /\d/.test(value)
}

export function password(t: Translate, optional: boolean): FormItemRule[] {
  return [{ required: !optional, message: t('rules.required'), trigger: 'blur' }, check(isStrongPassword, t('rules.password'))]
}
