import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as adminApi from '@/api/admin'
import type { ServiceWindow, Thresholds } from '@/api/types'
import { i18n, setLocale } from '@/locales'
import { fieldError, query, settle, type, validationFailure } from '@/test/dom'
import WindowSettingsDialog from './WindowSettingsDialog.vue'

vi.mock('@/api/admin', () => ({
  fetchOpeningHours: vi.fn(),
  saveOpeningHours: vi.fn(),
  fetchThresholds: vi.fn(),
  saveThresholds: vi.fn(),
  resetThresholds: vi.fn(),
}))
enableAutoUnmount(afterEach)

const HOURS = 'MON-FRI 08:30-12:00,13:30-17:00'
const DEFAULTS: Thresholds = { yellowWaiting: 5, redWaiting: 10, yellowLongestWaitMinutes: 10, redLongestWaitMinutes: 20, custom: false }
const window: ServiceWindow = {
  id: 3,
  name: '民政窗口',
  siteId: 1,
  siteName: '海曙区云办中心',
  departmentCode: 'MZ',
  departmentName: '民政局',
  departmentNameEn: 'Civil Affairs',
  comprehensive: false,
  enabled: true,
}

async function openDialog(thresholds: Thresholds = DEFAULTS) {
  vi.mocked(adminApi.fetchOpeningHours).mockResolvedValue({ openingHours: HOURS })
  vi.mocked(adminApi.fetchThresholds).mockResolvedValue(thresholds)
  const wrapper = mount(WindowSettingsDialog, { global: { plugins: [i18n] }, attachTo: document.body })
  void wrapper.vm.open(window)
  await settle()
  return wrapper
}

const numberInput = (testid: string) => query<HTMLInputElement>(`[data-testid=${testid}] input`)

async function setNumber(testid: string, value: number) {
  const input = numberInput(testid)
  input.value = String(value)
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

async function saveAndSettle() {
  query('[data-testid=window-settings-save]').click()
  await settle()
}

describe('WindowSettingsDialog', () => {
  beforeEach(() => {
    setLocale('zh-CN')
    for (const call of Object.values(adminApi)) vi.mocked(call).mockReset()
  })

  it("shows the window's hours and thresholds on native inputs, with the format explained", async () => {
    await openDialog()
    expect(adminApi.fetchOpeningHours).toHaveBeenCalledWith(3)
    expect(query<HTMLInputElement>('[data-testid=window-opening-hours]').value).toBe(HOURS)
    expect(query('[data-testid=window-opening-hours]').closest('.el-form-item')?.textContent).toContain(
      'MON-FRI 08:30-12:00,13:30-17:00; SAT 09:00-12:00',
    )
    const values = ['window-yellow-waiting', 'window-red-waiting', 'window-yellow-wait-minutes', 'window-red-wait-minutes'].map(
      (testid) => numberInput(testid).value,
    )
    expect(values).toEqual(['5', '10', '10', '20'])
    expect(query('[data-testid=window-thresholds-state]').dataset.custom).toBe('false')
  })

  it('saves nothing that was not changed, so the defaults stay the defaults', async () => {
    await openDialog()
    await saveAndSettle()
    expect(adminApi.saveOpeningHours).not.toHaveBeenCalled()
    expect(adminApi.saveThresholds).not.toHaveBeenCalled()
  })

  it('sends changed hours with the days in capitals and changed thresholds, then tells the table', async () => {
    vi.mocked(adminApi.saveOpeningHours).mockImplementation(async (_id, body) => body)
    vi.mocked(adminApi.saveThresholds).mockImplementation(async (_id, values) => ({ ...values, custom: true }))
    const wrapper = await openDialog()
    await type('[data-testid=window-opening-hours]', ' mon-fri 09:00-17:00; sat 09:00-12:00 ')
    await setNumber('window-red-waiting', 15)
    await saveAndSettle()

    expect(adminApi.saveOpeningHours).toHaveBeenCalledWith(3, { openingHours: 'MON-FRI 09:00-17:00; SAT 09:00-12:00' })
    expect(adminApi.saveThresholds).toHaveBeenCalledWith(3, {
      yellowWaiting: 5,
      redWaiting: 15,
      yellowLongestWaitMinutes: 10,
      redLongestWaitMinutes: 20,
    })
    // The table hears of it once the dialog has gone (transitions are stubbed here).
    wrapper.findComponent({ name: 'ElDialog' }).vm.$emit('closed')
    expect(wrapper.emitted('saved')).toEqual([[{ windowId: 3, openingHours: 'MON-FRI 09:00-17:00; SAT 09:00-12:00' }]])
  })

  it('names the part of the opening hours it cannot read, before sending anything', async () => {
    await openDialog()
    await type('[data-testid=window-opening-hours]', 'MON-FRI 08:30-12:00; SUNDAY 09:00-12:00')
    await saveAndSettle()
    expect(fieldError('window-opening-hours')).toBe('无法识别的星期“SUNDAY”，请用 MON、TUE、WED、THU、FRI、SAT、SUN')
    expect(adminApi.saveOpeningHours).not.toHaveBeenCalled()
  })

  it('keeps each red limit above its yellow one, before sending anything', async () => {
    await openDialog()
    await setNumber('window-yellow-wait-minutes', 30)
    await saveAndSettle()
    expect(fieldError('window-red-wait-minutes')).toBe(i18n.global.t('rules.redAboveYellow'))
    expect(fieldError('window-red-waiting')).toBeFalsy()
    expect(adminApi.saveThresholds).not.toHaveBeenCalled()
  })

  it("shows the server's refusal next to the field", async () => {
    vi.mocked(adminApi.saveThresholds).mockRejectedValue(validationFailure(['redWaiting', 'threshold-order']))
    await openDialog()
    await setNumber('window-yellow-waiting', 6)
    await saveAndSettle()
    expect(adminApi.saveThresholds).toHaveBeenCalledOnce()
    expect(fieldError('window-red-waiting')).toBe('红色预警值须大于黄色预警值')
  })

  it('goes back to the defaults at once and shows them', async () => {
    vi.mocked(adminApi.resetThresholds).mockResolvedValue(DEFAULTS)
    await openDialog({ yellowWaiting: 2, redWaiting: 4, yellowLongestWaitMinutes: 6, redLongestWaitMinutes: 8, custom: true })
    expect(query('[data-testid=window-thresholds-state]').dataset.custom).toBe('true')
    expect(numberInput('window-red-waiting').value).toBe('4')

    query('[data-testid=window-thresholds-reset]').click()
    await flushPromises()
    expect(adminApi.resetThresholds).toHaveBeenCalledWith(3)
    expect(numberInput('window-red-waiting').value).toBe('10')
    expect(query('[data-testid=window-thresholds-state]').dataset.custom).toBe('false')

    await saveAndSettle()
    expect(adminApi.saveThresholds).not.toHaveBeenCalled()
  })
})
