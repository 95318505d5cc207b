import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { acknowledgeAlert, fetchBoard, resolveAlert } from '@/api/board'
import { i18n, setLocale } from '@/locales'
import { alert } from '@/test/board'
import { useBoard } from '../board/use-board'
import AlertFeed from './AlertFeed.vue'

vi.mock('@/api/board', () => ({ fetchBoard: vi.fn(), acknowledgeAlert: vi.fn(), resolveAlert: vi.fn() }))
enableAutoUnmount(afterEach)

async function renderFeed() {
  const board = useBoard()
  vi.mocked(fetchBoard).mockResolvedValueOnce({
    windows: [],
    alerts: [
      alert(1, 5),
      alert(2, 10, { kind: 'WAIT_TIMEOUT', level: 'RED', ticketNumber: 'A012', windowName: '民政窗口', waiting: null, waitedMinutes: 31 }),
    ],
  })
  await board.load()
  const wrapper = mount({ components: { AlertFeed }, setup: () => ({ board }), template: '<AlertFeed :alerts="board.alerts" />' }, {
    global: { plugins: [i18n] },
  })
  return { board, wrapper }
}

describe('AlertFeed', () => {
  beforeEach(() => {
    setLocale('zh-CN')
    setActivePinia(createPinia())
  })

  it('lists open alerts newest first with kind, level, ticket number and the time in Beijing', async () => {
    const { wrapper } = await renderFeed()
    const items = wrapper.findAll('[data-testid=alert-item]')
    expect(items.map((item) => [item.attributes('data-alert-id'), item.attributes('data-kind'), item.attributes('data-level')])).toEqual([
      ['2', 'WAIT_TIMEOUT', 'RED'],
      ['1', 'LEVEL', 'YELLOW'],
    ])
    expect(items[0]?.text()).toContain('民政窗口')
    expect(items[0]?.text()).toContain('A012 号')
    expect(items[0]?.text()).toContain('09:10')
    expect(items.map((item) => item.get('[data-testid=alert-text]').text())).toEqual(['该号已等待 31 分钟', '排队 5 人 · 最长已等 3 分钟'])
  })

  it('shows case alerts with their case number and a link to the case', async () => {
    const board = useBoard()
    vi.mocked(fetchBoard).mockResolvedValueOnce({
      windows: [],
      alerts: [
        alert(3, 20, { kind: 'FOLLOW_UP', level: 'RED', windowId: null, windowName: null, caseId: 9, caseNumber: '330203001-20261122-0007', waiting: null, waitedMinutes: null }),
        alert(4, 15, { kind: 'DECISION_DUE', caseId: 10, caseNumber: null, waiting: null, waitedMinutes: null }),
      ],
    })
    await board.load()
    const wrapper = mount({ components: { AlertFeed }, setup: () => ({ board }), template: '<AlertFeed :alerts="board.alerts" />' }, {
      global: { plugins: [i18n], stubs: { RouterLink: { props: ['to'], template: '<a :data-to="JSON.stringify(to)"><slot /></a>' } } },
    })
    const items = wrapper.findAll('[data-testid=alert-item]')
    expect(items.map((item) => item.attributes('data-kind'))).toEqual(['FOLLOW_UP', 'DECISION_DUE'])
    expect(items[0]!.get('[data-testid=alert-text]').text()).toBe('申请人给了差评，请安排回访')
    const link = items[0]!.get('[data-testid=alert-case]')
    expect(link.text()).toBe('办件 330203001-20261122-0007')
    expect(JSON.parse(link.attributes('data-to')!)).toEqual({ name: 'case', params: { id: 9 } })
    expect(items[1]!.get('[data-testid=alert-case]').text()).toBe('查看办件')
    expect(items[1]!.get('[data-testid=alert-text]').text()).toBe('已提交的办件明天前须作出受理决定')
  })

  it('shows 已确认 instead of the acknowledge button once acknowledged', async () => {
    const { wrapper } = await renderFeed()
    vi.mocked(acknowledgeAlert).mockResolvedValueOnce(alert(1, 5, { acknowledgedAt: '2026-11-23T01:20:00Z' }))
    const item = () => wrapper.get('[data-testid=alert-item][data-alert-id="1"]')
    await item().get('[data-testid=alert-acknowledge]').trigger('click')
    await flushPromises()
    expect(acknowledgeAlert).toHaveBeenCalledWith(1)
    expect(item().find('[data-testid=alert-acknowledge]').exists()).toBe(false)
    expect(item().get('[data-testid=alert-acknowledged]').text()).toBe('已确认')
    expect(item().attributes('data-acknowledged')).toBe('true')
  })

  it('drops a resolved alert from the feed', async () => {
    const { wrapper } = await renderFeed()
    vi.mocked(resolveAlert).mockResolvedValueOnce(alert(2, 10, { resolvedAt: '2026-11-23T01:20:00Z' }))
    await wrapper.get('[data-testid=alert-item][data-alert-id="2"] [data-testid=alert-resolve]').trigger('click')
    await flushPromises()
    expect(wrapper.findAll('[data-testid=alert-item]').map((item) => item.attributes('data-alert-id'))).toEqual(['1'])
  })
})
