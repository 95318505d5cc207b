import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/locales'
import { boardWindow } from '@/test/board'
import BoardTile from './BoardTile.vue'

const T0 = Date.parse('2026-11-23T01:30:00Z')

function render(overrides: Parameters<typeof boardWindow>[1], now = T0) {
  const window = { ...boardWindow(3, overrides), receivedAt: T0 }
  return mount(BoardTile, { props: { window, now }, global: { plugins: [i18n] } })
}

describe('BoardTile', () => {
  afterEach(() => setLocale('zh-CN'))

  it('carries its figures in data attributes and text, the longest wait counting on', async () => {
    setLocale('zh-CN')
    const wrapper = render({ waiting: 6, longestWaitSeconds: 590, clerksOnDuty: 2, clerksBusy: 1, servedToday: 8, serviceLevel: 0.875, alertLevel: 'YELLOW' }, T0 + 15_000)
    const tile = wrapper.get('[data-testid=board-window]')
    expect([tile.attributes('data-window-id'), tile.attributes('data-waiting'), tile.attributes('data-alert-level')]).toEqual(['3', '6', 'YELLOW'])
    expect(tile.classes()).toContain('tile--yellow')
    expect(wrapper.get('[data-testid=board-window-longest-wait]').text()).toBe('10:05')
    expect(tile.text()).toContain('黄色预警')
    expect(tile.text()).toContain('88%')
    expect(tile.text()).toContain('2 / 1')

    await wrapper.setProps({ window: { ...boardWindow(3, { waiting: 12, alertLevel: 'RED' }), receivedAt: T0 } })
    expect(tile.attributes('data-waiting')).toBe('12')
    expect(tile.attributes('data-alert-level')).toBe('RED')
  })

  it('asks for help from its tidal button and offers none at a disabled window', async () => {
    const wrapper = render({})
    await wrapper.get('[data-testid=open-tidal]').trigger('click')
    expect(wrapper.emitted('tidal')).toHaveLength(1)
    expect(wrapper.get('[data-testid=board-window-longest-wait]').text()).toBe('—')
    expect(render({ enabled: false }).get('[data-testid=open-tidal]').attributes('disabled')).toBeDefined()
  })
})
