import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchOpeningHours } from '@/api/admin'
import { fetchWindows } from '@/api/directory'
import type { ServiceWindow } from '@/api/types'
import { i18n, setLocale } from '@/locales'
import WindowsTab from './WindowsTab.vue'

vi.mock('@/api/admin', () => ({ fetchOpeningHours: vi.fn(), updateWindow: vi.fn() }))
vi.mock('@/api/directory', () => ({ fetchWindows: vi.fn(), fetchSites: vi.fn(async () => []), fetchDepartments: vi.fn(async () => []) }))
enableAutoUnmount(afterEach)

function serviceWindow(id: number): ServiceWindow {
  const department = { departmentCode: null, departmentName: null, departmentNameEn: null }
  return { id, name: `窗口${id}`, siteId: 1, siteName: '海曙区云办中心', comprehensive: true, enabled: true, ...department }
}

describe('WindowsTab', () => {
  it("shows each window's opening hours in the UI language, blank where they could not be read, and a settings button", async () => {
    setLocale('zh-CN')
    vi.mocked(fetchWindows).mockResolvedValue([serviceWindow(1), serviceWindow(2)])
    vi.mocked(fetchOpeningHours).mockImplementation(async (id) => {
      if (id === 2) throw new Error('offline')
      return { openingHours: 'MON-FRI 08:30-12:00' }
    })
    const wrapper = mount(WindowsTab, { global: { plugins: [i18n] } })
    await flushPromises()

    const cell = (id: number) => wrapper.get(`[data-testid=window-opening-hours-cell][data-window-id="${id}"]`)
    expect(cell(1).text()).toBe('周一至周五 08:30-12:00')
    expect(cell(1).attributes('data-opening-hours')).toBe('MON-FRI 08:30-12:00')
    expect(cell(2).text()).toBe('—')
    expect(wrapper.findAll('[data-testid=window-settings]').map((button) => button.attributes('data-window-id'))).toEqual(['1', '2'])
  })
})
