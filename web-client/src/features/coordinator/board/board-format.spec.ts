import { afterEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/locales'
import { formatAgo, formatPercent, formatWait } from './board-format'

describe('board formatting', () => {
  afterEach(() => setLocale('zh-CN'))

  it('writes waits as mm:ss, with hours from an hour on', () => {
    expect(formatWait(0)).toBe('00:00')
    expect(formatWait(75.9)).toBe('01:15')
    expect(formatWait(3599)).toBe('59:59')
    expect(formatWait(3725)).toBe('1:02:05')
    expect(formatWait(-4)).toBe('00:00')
  })

  it('writes the service level as a whole percentage', () => {
    expect(formatPercent(0.874)).toBe('87%')
    expect(formatPercent(1)).toBe('100%')
    expect(formatPercent(0)).toBe('0%')
    expect(formatPercent(1.2)).toBe('100%')
    expect(formatPercent(Number.NaN)).toBe('—')
  })

  it('says how long ago in the UI language', () => {
    const now = new Date('2026-11-23T02:00:00Z')
    const t = i18n.global.t
    setLocale('zh-CN')
    expect(formatAgo('2026-11-23T01:59:30Z', now, t)).toBe('刚刚')
    expect(formatAgo('2026-11-23T01:57:00Z', now, t)).toBe('3 分钟前')
    expect(formatAgo('2026-11-22T23:10:00Z', now, t)).toBe('2 小时前')
    expect(formatAgo('2026-11-23T02:01:00Z', now, t)).toBe('刚刚')
    setLocale('en')
    expect(formatAgo('2026-11-23T01:57:00Z', now, t)).toBe('3 min ago')
  })
})
