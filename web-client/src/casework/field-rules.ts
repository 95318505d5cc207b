// Client-side checks of a case form value by its field type: the same rules the server applies
// (catalog.FormValidator), so a worker sees a mistake before the clerk does.
import type { CaseField, FieldValue } from '@/api/case-types'
import { isValidIdNumber, normalizeIdNumber } from '@/utils/id-number'
import { PHONE_PATTERN } from '@/utils/form-rules'

export const FIELD_FAULTS = [
  'required',
  'id-number',
  'phone',
  'date',
  'number',
  'too-small',
  'too-large',
  'option',
  'too-long',
  'pattern',
] as const
export type FieldFaultCode = (typeof FIELD_FAULTS)[number]

export interface FieldFault {
  code: FieldFaultCode
  params?: Record<string, string | number>
}

/** What a TEXT field without its own maxLength may hold (the server's default). */
export const DEFAULT_MAX_LENGTH = 500
const NUMBER = /^-?\d{1,15}(\.\d{1,6})?$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The text an input shows for a stored value. */
export function toText(value: FieldValue | undefined): string {
  return value === null || value === undefined ? '' : String(value)
}

/** The value sent for what the input holds; call only for text without a fault. */
export function toWire(field: Pick<CaseField, 'type'>, text: string): FieldValue {
  const trimmed = text.trim()
  if (!trimmed) return null
  if (field.type === 'NUMBER') return Number(trimmed)
  if (field.type === 'ID_NUMBER') return normalizeIdNumber(trimmed)
  return field.type === 'TEXT' ? text : trimmed
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  return !!match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** GB 11643 check digit and a real birth date from 1900 on, as the server checks it. */
export function isResidentIdNumber(text: string): boolean {
  const id = normalizeIdNumber(text)
  if (!isValidIdNumber(id)) return false
  const year = Number(id.slice(6, 10))
  return year >= 1900 && isRealDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14)))
}

function matchesWhole(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(text)
  } catch {
    // A pattern JavaScript cannot read is left to the server, which compiled it on import.
    return true
  }
}

function checkText(field: CaseField, text: string): FieldFault | null {
  const max = field.maxLength ?? DEFAULT_MAX_LENGTH
  if ([...text].length > max) return { code: 'too-long', params: { max } }
  if (field.pattern && !matchesWhole(field.pattern, text)) return { code: 'pattern' }
  return null
}

function checkNumber(field: CaseField, text: string): FieldFault | null {
  if (!NUMBER.test(text)) return { code: 'number' }
  const number = Number(text)
  if (field.min !== undefined && field.min !== null && number < field.min) return { code: 'too-small', params: { min: field.min } }
  if (field.max !== undefined && field.max !== null && number > field.max) return { code: 'too-large', params: { max: field.max } }
  return null
}

/** Null when the text may be stored as it is; an empty text is a fault only for a required field. */
export function checkField(field: CaseField, text: string): FieldFault | null {
  const trimmed = text.trim()
  if (!trimmed) return field.required ? { code: 'required' } : null
  switch (field.type) {
    case 'TEXT':
      return checkText(field, text)
    case 'NUMBER':
      return checkNumber(field, trimmed)
    case 'DATE':
      return isIsoDate(trimmed) ? null : { code: 'date' }
    case 'SELECT':
      return (field.options ?? []).some((option) => option.value === trimmed) ? null : { code: 'option' }
    case 'ID_NUMBER':
      return isResidentIdNumber(trimmed) ? null : { code: 'id-number' }
    case 'PHONE':
      return PHONE_PATTERN.test(trimmed) ? null : { code: 'phone' }
  }
}
