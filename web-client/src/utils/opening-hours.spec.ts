import { describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/locales'
import { formatOpeningHours, openingHoursProblem } from './opening-hours'

describe('formatOpeningHours', () => {
  const spec = 'MON-FRI 08:30-12:00,13:30-17:00; SAT 09:00-12:00'

  it('names the days in the UI language', () => {
    setLocale('zh-CN')
    expect(formatOpeningHours(spec, i18n.global.t)).toBe('周一至周五 08:30-12:00, 13:30-17:00；周六 09:00-12:00')
    setLocale('en')
    expect(formatOpeningHours(spec, i18n.global.t)).toBe('Mon–Fri 08:30-12:00, 13:30-17:00; Sat 09:00-12:00')
    setLocale('zh-CN')
  })
})

describe('openingHoursProblem', () => {
  it.each([
    'MON-FRI 08:30-12:00,13:30-17:00; SAT 09:00-12:00',
    'MON-SUN 00:00-24:00',
    'mon,wed 8:30-12:00',
    'SAT-MON 09:00-12:00, 13:00-17:00;',
    ' TUE 08:30 - 12:00 ',
  ])('accepts %s', (spec) => {
    expect(openingHoursProblem(spec)).toBeNull()
  })

  it.each([
    ['', 'empty', ''],
    [' ; ', 'empty', ';'],
    ['MON-FRI', 'shape', 'MON-FRI'],
    ['08:30-12:00', 'shape', '08:30-12:00'],
    ['MON-FRI 08:30-12:00; SATURDAY 09:00-12:00', 'day', 'SATURDAY'],
    ['MON,,TUE 08:30-12:00', 'day', 'MON,,TUE'],
    ['MON-FRI 08:30-12:00,13:30', 'shape', '13:30'],
    ['MON 08:30-12:00-13:00', 'shape', '08:30-12:00-13:00'],
    ['MON 8.30-12:00', 'time', '8.30-12:00'],
    ['MON 08:30-24:30', 'time', '08:30-24:30'],
    ['MON 24:00-24:00', 'time', '24:00-24:00'],
    ['MON 08:60-12:00', 'time', '08:60-12:00'],
    ['MON 12:00-08:30', 'order', '12:00-08:30'],
    ['MON 08:30-08:30', 'order', '08:30-08:30'],
  ])('finds what is wrong with %j', (spec, fault, part) => {
    expect(openingHoursProblem(spec)).toEqual({ fault, part })
  })
})
