import type { FormItemRule } from 'element-plus'

export const PHONE_PATTERN = /^1\d{10}$/

export type Translate = (key: string) => string

export function required(t: Translate, trigger: 'blur' | 'change' = 'blur'): FormItemRule {
  return { required: true, whitespace: true, message: t('rules.required'), trigger }
}

export function pattern(regex: RegExp, message: string): FormItemRule {
  return { pattern: regex, message, trigger: 'blur' }
}

/** A rule from a predicate; empty values pass, so pair it with `required` where needed. */
export function check(test: (value: string) => boolean, message: string): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: string, callback) => (!value || test(value) ? callback() : callback(new Error(message))),
  }
}
