import type { FormItemRule } from 'element-plus'

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/
export const PHONE_PATTERN = /^1\d{10}$/
export const SITE_CODE_PATTERN = /^[A-Za-z0-9._-]{2,32}$/

/** At least 8 characters with a letter and a digit (the server enforces the same). */
export function isStrongPassword(value: string): boolean {
  return value.length >= 8 && /[A-Za-z]/.test(value) && /\d/.test(value)
}

type Translate = (key: string) => string

export function required(t: Translate, trigger: 'blur' | 'change' = 'blur'): FormItemRule {
  return { required: true, whitespace: true, message: t('rules.required'), trigger }
}

export function pattern(regex: RegExp, message: string): FormItemRule {
  return { pattern: regex, message, trigger: 'blur' }
}

export function password(t: Translate, optional: boolean): FormItemRule[] {
  return [
    { required: !optional, message: t('rules.required'), trigger: 'blur' },
    {
      trigger: 'blur',
      validator: (_rule, value: string, callback) =>
        !value || isStrongPassword(value) ? callback() : callback(new Error(t('rules.password'))),
    },
  ]
}
