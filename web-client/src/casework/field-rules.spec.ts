import { describe, expect, it } from 'vitest'
import type { CaseField } from '@/api/case-types'
import { isValidIdNumber as isValidIdNumberShapeOnly } from '@/utils/id-number'
import { checkField, isResidentIdNumber, toText, toWire } from './field-rules'

const field = (type: CaseField['type'], extra: Partial<CaseField> = {}): CaseField => ({
  name: 'f',
  label: '字段',
  labelEn: 'Field',
  type,
  required: false,
  ...extra,
})

describe('checkField', () => {
  it('requires a value only of a required field, and takes blanks as empty', () => {
    expect(checkField(field('TEXT', { required: true }), '   ')).toEqual({ code: 'required' })
    expect(checkField(field('PHONE'), '')).toBeNull()
  })

  it('checks the GB 11643 check digit and the birth date of an ID number', () => {
    expect(checkField(field('ID_NUMBER'), '11010519491231002X')).toBeNull()
    expect(checkField(field('ID_NUMBER'), '11010519491231002x')).toBeNull()
    expect(checkField(field('ID_NUMBER'), '110105194912310021')).toEqual({ code: 'id-number' })
    expect(checkField(field('ID_NUMBER'), '11010519491231002')).toEqual({ code: 'id-number' })
    // Check digit right, but 1899 and 30 February are not birth dates the server takes.
    expect(isValidIdNumberShapeOnly('110105189912310023')).toBe(true)
    expect(isResidentIdNumber('110105189912310023')).toBe(false)
    expect(isValidIdNumberShapeOnly('110105194902300020')).toBe(true)
    expect(isResidentIdNumber('110105194902300020')).toBe(false)
  })

  it('takes a mainland mobile number of 11 digits starting with 1', () => {
    expect(checkField(field('PHONE'), '13911112222')).toBeNull()
    expect(checkField(field('PHONE'), '23911112222')).toEqual({ code: 'phone' })
    expect(checkField(field('PHONE'), '1391111222')).toEqual({ code: 'phone' })
  })

  it('takes real ISO dates only', () => {
    expect(checkField(field('DATE'), '2026-11-22')).toBeNull()
    expect(checkField(field('DATE'), '2026-02-30')).toEqual({ code: 'date' })
    expect(checkField(field('DATE'), '22/11/2026')).toEqual({ code: 'date' })
  })

  it('checks numbers and their range', () => {
    const age = field('NUMBER', { min: 80, max: 150 })
    expect(checkField(age, '85')).toBeNull()
    expect(checkField(age, '79')).toEqual({ code: 'too-small', params: { min: 80 } })
    expect(checkField(age, '151')).toEqual({ code: 'too-large', params: { max: 150 } })
    expect(checkField(age, '1e3')).toEqual({ code: 'number' })
    expect(checkField(age, '85元')).toEqual({ code: 'number' })
  })

  it('takes only an option of a select field', () => {
    const relation = field('SELECT', { options: [{ value: 'SELF', label: '本人', labelEn: 'Self' }] })
    expect(checkField(relation, 'SELF')).toBeNull()
    expect(checkField(relation, 'OTHER')).toEqual({ code: 'option' })
  })

  it('limits text by characters, not UTF-16 units, and matches a pattern as a whole', () => {
    expect(checkField(field('TEXT', { maxLength: 2 }), '𠀀𠀀')).toBeNull()
    expect(checkField(field('TEXT', { maxLength: 2 }), '高龄津')).toEqual({ code: 'too-long', params: { max: 2 } })
    expect(checkField(field('TEXT'), 'x'.repeat(501))).toEqual({ code: 'too-long', params: { max: 500 } })
    expect(checkField(field('TEXT', { pattern: '\\d{6}' }), '315000')).toBeNull()
    expect(checkField(field('TEXT', { pattern: '\\d{6}' }), '3150001')).toEqual({ code: 'pattern' })
  })
})

describe('toWire and toText', () => {
  it('sends numbers as numbers, ID numbers normalised, empty as null', () => {
    expect(toWire(field('NUMBER'), ' 85 ')).toBe(85)
    expect(toWire(field('ID_NUMBER'), '11010519491231002x')).toBe('11010519491231002X')
    expect(toWire(field('TEXT'), '  ')).toBeNull()
    expect(toWire(field('TEXT'), ' 梁祝 ')).toBe(' 梁祝 ')
    expect(toText(null)).toBe('')
    expect(toText(85)).toBe('85')
  })
})
