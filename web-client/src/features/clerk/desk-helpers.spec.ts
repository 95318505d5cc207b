import { describe, expect, it } from 'vitest'
import type { ServiceWindow } from '@/api/types'
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
