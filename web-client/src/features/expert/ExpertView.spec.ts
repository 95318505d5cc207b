import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchCaseView } from '@/api/cases'
import { addNote, answerInvitation, fetchConsultation, fetchMyConsultations, fetchMyExpert, fetchSuggestableExperts, setAvailability, suggestExpert } from '@/api/consult'
import type { Expert } from '@/api/consult-types'
import { i18n, setLocale } from '@/locales'
import { useSessionStore } from '@/stores/session'
import { caseView } from '@/test/cases'
import { consultation, consultExpert } from '@/test/consult'
import { query, settle, type } from '@/test/dom'
import { beep } from './beep'
import ExpertView from './ExpertView.vue'
import { useExpert } from './use-expert'

vi.mock('@/api/consult', () => ({
  fetchMyExpert: vi.fn(),
  fetchMyConsultations: vi.fn(),
  fetchConsultation: vi.fn(),
  setAvailability: vi.fn(),
  answerInvitation: vi.fn(),
  addNote: vi.fn(),
  fetchSuggestableExperts: vi.fn(),
  suggestExpert: vi.fn(),
}))
vi.mock('@/api/cases', () => ({ fetchCaseView: vi.fn() }))
vi.mock('./beep', () => ({ beep: vi.fn() }))
/** Every handler by destination, so a test can play a notification. */
const live = vi.hoisted(() => new Map<string, (message: unknown) => void>())
vi.mock('@/composables/use-subscription', async () => {
  const { readonly, ref, toValue } = await import('vue')
  return {
    useSubscription: (destination: unknown, handler: (message: unknown) => void) => {
      const path = (toValue(destination as () => { path: string }) as { path: string }).path
      live.set(path, handler)
    },
    useConnectionState: () => readonly(ref('connected')),
  }
})
enableAutoUnmount(afterEach)

const SELF = 5
const testid = (id: string) => `[data-testid=${id}]`
/** A click on it stands for the call ending on this page (the expert's hang-up). */
const CallPanel = {
  props: ['callId', 'role'],
  emits: ['ended'],
  template: `<div data-testid="call-panel" :data-call-id="callId" :data-role="role" @click="$emit('ended', 'LEFT')" />`,
}

function expert(overrides: Partial<Expert> = {}): Expert {
  const base: Expert = { userId: SELF, displayName: '李专家', siteId: 1, siteName: '海曙区', tags: ['市场监管'], availability: 'AVAILABLE', chosen: 'AVAILABLE', enabled: true }
  return { ...base, ...overrides }
}

describe('ExpertView', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    setLocale('zh-CN')
    live.clear()
    vi.clearAllMocks()
    useSessionStore().me = { id: SELF, username: 'expert-business', displayName: '李专家', roles: ['EXPERT'], site: { id: 1, code: 'x', name: '海曙区', tier: 'DISTRICT' } }
    vi.mocked(fetchMyExpert).mockResolvedValue(expert())
    vi.mocked(fetchMyConsultations).mockResolvedValue([])
    vi.mocked(fetchCaseView).mockResolvedValue(caseView({ id: 9, form: { applicantName: { value: '张三', version: 1, by: 3, at: null }, relation: { value: 'CHILD', version: 1, by: 3, at: null } } }))
  })

  async function render() {
    const wrapper = mount(ExpertView, { global: { plugins: [i18n], stubs: { CallPanel } }, attachTo: document.body })
    await flushPromises()
    return wrapper
  }

  async function invite() {
    vi.mocked(fetchConsultation).mockResolvedValueOnce(consultation(3, { experts: [consultExpert(SELF)] }))
    live.get('/user/queue/notifications')?.({ type: 'invitation', consultationId: 3, callId: 'c1', caseId: 9, topic: '企业跨区迁移' })
    await flushPromises()
  }

  it('sets the expert’s availability', async () => {
    const wrapper = await render()
    expect(wrapper.get(testid('availability-toggle')).attributes('data-value')).toBe('AVAILABLE')
    vi.mocked(setAvailability).mockResolvedValueOnce(expert({ chosen: 'BUSY', availability: 'BUSY' }))
    await wrapper.get(`${testid('availability-BUSY')} input`).setValue(true)
    await flushPromises()
    expect(setAvailability).toHaveBeenCalledWith('BUSY')
    expect(wrapper.get(testid('availability-toggle')).attributes('data-value')).toBe('BUSY')
  })

  it('chimes for an invitation, shows its topic, and on joining opens the call as EXPERT beside the case read-only', async () => {
    const wrapper = await render()
    await invite()
    expect(beep).toHaveBeenCalledTimes(1)
    const card = wrapper.get(testid('invitation'))
    expect(card.attributes()).toMatchObject({ 'data-consultation-id': '3', 'data-state': 'INVITED' })
    expect(card.get(testid('invitation-topic')).text()).toBe('企业跨区迁移')

    vi.mocked(answerInvitation).mockResolvedValueOnce(consultation(3, { state: 'ANSWERED', experts: [consultExpert(SELF, { state: 'ACCEPTED' })] }))
    await card.get(testid('join-consultation')).trigger('click')
    await flushPromises()
    expect(answerInvitation).toHaveBeenCalledWith(3, true)
    const panel = wrapper.get(testid('call-panel'))
    expect([panel.attributes('data-call-id'), panel.attributes('data-role')]).toEqual(['c1', 'EXPERT'])
    const caseView = wrapper.get(testid('expert-case'))
    expect(caseView.attributes('data-readonly')).toBe('true')
    expect(caseView.get(testid('case-field-relation')).text()).toBe('子女')
    expect(caseView.find('input').exists()).toBe(false)

    vi.mocked(addNote).mockResolvedValueOnce(
      consultation(3, { state: 'ANSWERED', experts: [consultExpert(SELF, { state: 'ACCEPTED' })], notes: [{ authorId: SELF, authorName: '李专家', text: '建议先迁出', at: '2026-11-23T01:06:00Z' }] }),
    )
    await type('textarea[data-testid=consultation-note]', '建议先迁出')
    await wrapper.get(testid('consultation-note-submit')).trigger('submit')
    await flushPromises()
    expect(addNote).toHaveBeenCalledWith(3, '建议先迁出')
    expect(wrapper.get(testid('consultation-notes')).text()).toContain('建议先迁出')
  })

  it('after leaving the call shows the expert back to their choice without asking the server, which may not have heard of the leave yet', async () => {
    vi.mocked(fetchMyExpert).mockResolvedValue(expert({ availability: 'BUSY', chosen: 'AVAILABLE' }))
    vi.mocked(fetchMyConsultations).mockResolvedValue([consultation(3, { state: 'ANSWERED', experts: [consultExpert(SELF, { state: 'ACCEPTED' })] })])
    const wrapper = await render()
    expect(wrapper.get(testid('availability-toggle')).attributes('data-effective')).toBe('BUSY')
    await wrapper.get(testid('join-consultation')).trigger('click')
    await flushPromises()
    expect(answerInvitation).not.toHaveBeenCalled()

    await wrapper.get(testid('call-panel')).trigger('click')
    await flushPromises()
    expect(wrapper.find(testid('call-panel')).exists()).toBe(false)
    expect(wrapper.get(testid('availability-toggle')).attributes('data-effective')).toBe('AVAILABLE')
    expect(wrapper.find(testid('availability-effective')).exists()).toBe(false)
    expect(fetchMyExpert).toHaveBeenCalledTimes(1)
  })

  it('declines with a reason, and the invitation leaves the list', async () => {
    const wrapper = await render()
    await invite()
    await wrapper.get(testid('decline-consultation')).trigger('click')
    await flushPromises()
    await type('textarea[data-testid=decline-reason]', '正在外出')
    vi.mocked(answerInvitation).mockResolvedValueOnce(consultation(3, { experts: [consultExpert(SELF, { state: 'DECLINED', reason: '正在外出' })] }))
    query('[data-testid=decline-submit]').click()
    await settle()
    expect(answerInvitation).toHaveBeenCalledWith(3, false, '正在外出')
    expect(wrapper.findAll(testid('invitation'))).toHaveLength(0)
  })

  it('offers to rejoin an accepted consultation after a reload', async () => {
    vi.mocked(fetchMyConsultations).mockResolvedValueOnce([consultation(3, { state: 'ANSWERED', experts: [consultExpert(SELF, { state: 'ACCEPTED' })] })])
    const wrapper = await render()
    const card = wrapper.get(testid('invitation'))
    expect(card.attributes('data-state')).toBe('ACCEPTED')
    expect(card.find(testid('decline-consultation')).exists()).toBe(false)
    await card.get(testid('join-consultation')).trigger('click')
    await flushPromises()
    expect(answerInvitation).not.toHaveBeenCalled()
    expect(wrapper.get(testid('call-panel')).attributes('data-role')).toBe('EXPERT')
  })

  it('takes the consultation an invitation carries without asking the server for it', async () => {
    const wrapper = await render()
    live.get('/user/queue/notifications')?.({
      type: 'invitation',
      consultationId: 4,
      callId: 'c2',
      caseId: 9,
      topic: '旧字段',
      consultation: consultation(4, { callId: 'c2', topic: '个体户经营收入认定', experts: [consultExpert(SELF)] }),
    })
    await flushPromises()
    expect(beep).toHaveBeenCalledTimes(1)
    expect(fetchConsultation).not.toHaveBeenCalled()
    const card = wrapper.get(testid('invitation'))
    expect(card.attributes()).toMatchObject({ 'data-consultation-id': '4', 'data-state': 'INVITED' })
    expect(card.get(testid('invitation-topic')).text()).toBe('个体户经营收入认定')
  })

  it('in the call, suggests another expert with a reason for the coordinator', async () => {
    const accepted = consultation(3, { state: 'ANSWERED', experts: [consultExpert(SELF, { state: 'ACCEPTED' })] })
    vi.mocked(fetchMyConsultations).mockResolvedValueOnce([accepted])
    const wrapper = await render()
    await wrapper.get(testid('join-consultation')).trigger('click')
    await flushPromises()
    vi.mocked(fetchSuggestableExperts).mockResolvedValueOnce([
      { expertId: 7, displayName: '人社专家', tags: ['人社', '社会保险'], matchedTags: [], availability: 'AVAILABLE' },
      { expertId: 8, displayName: '民政专家', tags: ['民政'], matchedTags: ['民政'], availability: 'BUSY' },
    ])
    await wrapper.get(testid('suggest-expert')).trigger('click')
    await flushPromises()
    expect(fetchSuggestableExperts).toHaveBeenCalledWith(3)
    const options = [...document.querySelectorAll<HTMLElement>('[data-testid=suggest-candidate]')]
    expect(options.map((o) => [o.dataset.expertId, o.dataset.availability])).toEqual([
      ['7', 'AVAILABLE'],
      ['8', 'BUSY'],
    ])
    expect(options[0]!.textContent).toContain('社会保险')
    query('[data-testid=suggest-candidate][data-expert-id="7"] input').click()
    await type('textarea[data-testid=suggest-reason]', '涉及养老保险待遇')
    vi.mocked(suggestExpert).mockResolvedValueOnce({
      ...accepted,
      suggestions: [{ byId: SELF, byName: '李专家', expertId: 7, expertName: '人社专家', reason: '涉及养老保险待遇', at: '2026-11-23T01:07:00Z' }],
    })
    query('[data-testid=suggest-submit]').click()
    await settle()
    expect(suggestExpert).toHaveBeenCalledWith(3, 7, '涉及养老保险待遇')
  })

  it('offers no suggestion before the invitation is accepted', async () => {
    vi.mocked(fetchMyConsultations).mockResolvedValueOnce([consultation(3, { state: 'ANSWERED', experts: [consultExpert(SELF, { state: 'ACCEPTED' })] })])
    const wrapper = await render()
    await wrapper.get(testid('join-consultation')).trigger('click')
    await flushPromises()
    expect(wrapper.find(testid('suggest-expert')).exists()).toBe(true)
    useExpert().open = consultation(3, { state: 'OPEN', experts: [consultExpert(SELF)] })
    await flushPromises()
    expect(wrapper.find(testid('suggest-expert')).exists()).toBe(false)
  })

  it('after leaving the call, joins it again while the consultation is live', async () => {
    vi.mocked(fetchMyConsultations).mockResolvedValue([consultation(3, { state: 'ANSWERED', experts: [consultExpert(SELF, { state: 'ACCEPTED' })] })])
    const wrapper = await render()
    await wrapper.get(testid('join-consultation')).trigger('click')
    await flushPromises()
    wrapper.findComponent(CallPanel).vm.$emit('ended', 'LEFT')
    await flushPromises()
    expect(wrapper.find(testid('call-panel')).exists()).toBe(false)
    const card = wrapper.get(testid('invitation'))
    expect(card.attributes('data-state')).toBe('ACCEPTED')
    await card.get(testid('join-consultation')).trigger('click')
    await flushPromises()
    expect(wrapper.get(testid('call-panel')).attributes()).toMatchObject({ 'data-call-id': 'c1', 'data-role': 'EXPERT' })
    expect(answerInvitation).not.toHaveBeenCalled()
  })
})
