import { afterEach, describe, expect, it } from 'vitest'
import { formatDateTime, formatLongDate, setTimeLocale } from './time'

describe('time', () => {
  afterEach(() => setTimeLocale('zh-cn'))

  it('shows an instant in Beijing time whatever the zone of the device', () => {
    expect(formatDateTime('2026-11-21T16:30:00Z')).toBe('2026-11-22 00:30')
  })

  it('writes long dates in the UI language', () => {
    setTimeLocale('zh-cn')
    expect(formatLongDate('2026-11-21T16:30:00Z')).toBe('2026年11月22日 星期日')
    setTimeLocale('en')
    expect(formatLongDate('2026-11-21T16:30:00Z')).toBe('November 22, 2026 Sunday')
  })
})
