import type { CaseField, FieldValue, FormData } from '@/api/case-types'

/** A field's stored value as text for reading: a select shows its option's label, nothing shows a dash. */
export function fieldText(field: CaseField, form: FormData, english: boolean): string {
  const value: FieldValue | undefined = form[field.name]?.value
  if (value === null || value === undefined || value === '') return '—'
  const option = field.options?.find((o) => o.value === String(value))
  if (option) return english && option.labelEn ? option.labelEn : option.label
  return String(value)
}
