import { describe, expect, it } from 'vitest'
import type { ServiceWindow } from '@/api/types'
import { i18n, setLocale } from '@/locales'
import { formatOpeningHours } from './opening-hours'
import { transferTargets } from './transfer-targets'

function window(id: number, departmentCode: string | null, comprehensive = false, enabled = true): ServiceWindow {
  const names = { siteId: 1, siteName: '高桥镇', departmentName: null, departmentNameEn: null }
  return { id, name: `窗口${id}`, departmentCode, comprehensive, enabled, ...names }
}

describe('transferTargets', () => {
  it("marks windows of the matter's department and comprehensive ones, first; leaves out its own and disabled", () => {
    const windows = [window(1, 'MZ'), window(2, 'SC'), window(3, null, true), window(4, 'MZ'), window(5, 'MZ', false, false)]
    expect(transferTargets(windows, 'MZ', 4).map(({ window, fits }) => [window.id, fits])).toEqual([
      [1, true],
      [3, true],
      [2, false],
    ])
  })

  it('marks nothing when the department is unknown', () => {
    expect(transferTargets([window(1, 'MZ'), window(3, null, true)], null, undefined).some((t) => t.fits)).toBe(false)
  })
})

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
