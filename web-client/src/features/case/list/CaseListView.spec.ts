import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { CaseSummary } from '@/api/case-types'
import { fetchCases, transition } from '@/api/cases'
import type { Role } from '@/api/types'
import { i18n, setLocale } from '@/locales'
import { useSessionStore } from '@/stores/session'
import { caseView } from '@/test/cases'
import { query, type } from '@/test/dom'
import CaseListView from './CaseListView.vue'

vi.mock('@/api/cases', () => ({ fetchCases: vi.fn(), transition: vi.fn() }))
enableAutoUnmount(afterEach)

const summary = (id: number, overrides: Partial<CaseSummary> = {}): CaseSummary => ({
  id,
  caseNumber: `330203001-20261122-000${id}`,
  state: 'PRELIM_REVIEWED',
  matters: [{ code: 'MZ-002', name: '丧葬补贴' }],
  applicantName: '张三',
  applicantIdNumber: '110***********002X',
  workerSiteId: 30,
  windowId: 7,
  createdAt: '2026-11-22T01:00:00Z',
  updatedAt: '2026-11-22T03:00:00Z',
  ...overrides,
})

async function render(role: Role) {
  setActivePinia(createPinia())
  useSessionStore().me = { id: 1, username: 'u', displayName: 'u', roles: [role], site: { id: 1, code: 'x', name: 'x', tier: 'DISTRICT' } }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/list', component: CaseListView },
      { path: '/cases/:id', name: 'case', component: { template: '<p />' } },
    ],
  })
  await router.push('/list')
  const wrapper = mount({ template: '<router-view />' }, { attachTo: document.body, global: { plugins: [i18n, router] } })
  await flushPromises()
  return { wrapper, router }
}

describe('CaseListView', () => {
  beforeEach(() => {
    setLocale('zh-CN')
    vi.mocked(fetchCases).mockReset().mockResolvedValue([summary(1, { state: 'ACCEPTED' })])
    vi.mocked(transition).mockReset()
  })

  it('lists the worker’s cases by state with masked ID numbers, and opens one', async () => {
    const { wrapper, router } = await render('COMMUNITY_WORKER')
    expect(fetchCases).toHaveBeenCalledWith(undefined)
    const row = wrapper.get('[data-testid=case-row]')
    expect([row.attributes('data-case-id'), row.attributes('data-state')]).toEqual(['1', 'ACCEPTED'])
    expect(wrapper.get('[data-testid=case-table]').text()).toContain('110***********002X')
    await wrapper.get('[data-testid=case-list-filter][data-state=SUPPLEMENT_REQUESTED] input').setValue(true)
    await flushPromises()
    expect(fetchCases).toHaveBeenLastCalledWith('SUPPLEMENT_REQUESTED')
    expect(wrapper.find('[data-testid=case-review-approve]').exists()).toBe(false)
    await row.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/cases/1')
  })

  it('gives the district clerk the review list with approve, and deny with a reason', async () => {
    const { wrapper } = await render('CLERK')
    vi.mocked(fetchCases).mockResolvedValue([summary(2), summary(3)])
    await wrapper.get('[data-testid=case-list-filter][data-state=PRELIM_REVIEWED] input').setValue(true)
    await flushPromises()
    expect(wrapper.get('[data-testid=case-list-filter][data-state=PRELIM_REVIEWED]').text()).toBe('待区级审批')
    expect(wrapper.findAll('[data-testid=case-review-approve]')).toHaveLength(2)

    vi.mocked(transition).mockResolvedValue(caseView({ id: 3, state: 'DENIED' }))
    await wrapper.get('[data-testid=case-review-deny][data-case-id="3"]').trigger('click')
    await flushPromises()
    await type('textarea[data-testid=case-action-reason]', '不符合补贴条件')
    query('[data-testid=case-action-confirm]').click()
    await flushPromises()
    expect(transition).toHaveBeenCalledWith(3, 'deny', { reason: '不符合补贴条件' })
    expect(fetchCases).toHaveBeenLastCalledWith('PRELIM_REVIEWED')
  })
})
