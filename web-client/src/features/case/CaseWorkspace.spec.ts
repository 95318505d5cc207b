import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CaseView } from '@/api/case-types'
import { fetchCaseView, fetchTimeline, patchForm, transition } from '@/api/cases'
import { LiveForm } from '@/casework'
import { FakeCasePort, FakeFormApi } from '@/test/casework'
import { i18n, setLocale } from '@/locales'
import { useSessionStore } from '@/stores/session'
import { caseView, timelineEvent } from '@/test/cases'
import { failedResponse, query, type } from '@/test/dom'
import CaseWorkspace from './CaseWorkspace.vue'
import { LIVE_FORM_FACTORY } from './use-case-record'

vi.mock('@/api/cases', async (original) => ({
  ...(await original<typeof import('@/api/cases')>()),
  fetchCaseView: vi.fn(),
  fetchTimeline: vi.fn(),
  patchForm: vi.fn(),
  transition: vi.fn(),
  uploadSignature: vi.fn(),
  addMatter: vi.fn(),
  removeMatter: vi.fn(),
}))
vi.mock('@/composables/use-subscription', async () => {
  const { readonly, ref } = await import('vue')
  return { useSubscription: () => {}, useConnectionState: () => readonly(ref('connected')) }
})
enableAutoUnmount(afterEach)

const WORKER = 3
const CLERK = 7
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('CaseWorkspace', () => {
  let port: FakeCasePort

  beforeEach(() => {
    setLocale('zh-CN')
    setActivePinia(createPinia())
    port = new FakeCasePort()
    vi.mocked(fetchCaseView).mockReset().mockResolvedValue(caseView())
    vi.mocked(fetchTimeline).mockReset().mockResolvedValue([])
    vi.mocked(transition).mockReset()
    vi.mocked(patchForm).mockReset()
  })

  async function render(role: 'worker' | 'clerk', view?: CaseView) {
    if (view) vi.mocked(fetchCaseView).mockResolvedValue(view)
    const selfId = role === 'worker' ? WORKER : CLERK
    useSessionStore().me = { id: selfId, username: role, displayName: role, roles: [role === 'worker' ? 'COMMUNITY_WORKER' : 'CLERK'], site: { id: 30, code: 'x', name: '梁祝社区', tier: 'COMMUNITY' } }
    const api = new FakeFormApi()
    api.patchForm = (_id, values) => patchForm(9, values)
    const wrapper = mount(CaseWorkspace, {
      props: { caseId: 9, role },
      attachTo: document.body,
      // The materials tab has its own tests (MaterialsPanel.spec.ts).
      global: { plugins: [i18n], stubs: { MaterialsPanel: true }, provide: { [LIVE_FORM_FACTORY as symbol]: (caseId: number, self: number) => new LiveForm({ caseId, selfId: self, port, api }) } },
    })
    await flushPromises()
    return wrapper
  }

  const input = (name: string) => query<HTMLInputElement>(`[data-testid=case-field-${name}]`)
  const item = (name: string) => query(`[data-testid=case-field-item][data-field=${name}]`)

  it('shows the state and the stored values on input elements, sensitive ones unmasked', async () => {
    await render('worker')
    expect(query('[data-testid=case-state]').dataset.state).toBe('DRAFT')
    expect(query('[data-testid=case-state]').textContent?.trim()).toBe('填写中')
    expect(input('idNumber').tagName).toBe('INPUT')
    expect(input('idNumber').value).toBe('11010519491231002X')
    expect(input('phone').value).toBe('13911112222')
    expect(query('[data-testid=case-field-relation]').tagName).toBe('SELECT')
    expect(document.querySelector('[data-testid=case-number]')).toBeNull()
  })

  it('sends typing to the other side within 300 ms, and shows the other side’s typing', async () => {
    await render('worker')
    await type('[data-testid=case-field-applicantName]', '张三丰')
    await wait(200)
    expect(port.sent('/form')).toEqual([{ field: 'applicantName', value: '张三丰', baseVersion: 2 }])
    port.deliver({ type: 'field', field: 'phone', value: '13800001111', version: 2, by: CLERK, at: '2026-11-23T01:02:00Z' })
    await flushPromises()
    expect(input('phone').value).toBe('13800001111')
    expect(item('phone').dataset.flashing).toBe('false')
  })

  it('flashes a field when the other side’s write replaces what was typed', async () => {
    await render('worker')
    await type('[data-testid=case-field-applicantName]', '张三丰')
    port.deliver({ type: 'field', field: 'applicantName', value: '张三峰', version: 3, by: CLERK, at: '2026-11-23T01:02:00Z' })
    await flushPromises()
    expect(input('applicantName').value).toBe('张三峰')
    expect(item('applicantName').dataset.flashing).toBe('true')
  })

  it('checks an ID number on leaving the field and sends nothing wrong', async () => {
    await render('worker')
    await type('[data-testid=case-field-idNumber]', '110105194912310021')
    input('idNumber').dispatchEvent(new Event('blur'))
    await wait(200)
    expect(item('idNumber').textContent).toContain('身份证号码不正确')
    expect(port.sent('/form')).toEqual([])
  })

  it('shows who is in which field, and lets the clerk point the worker to a field', async () => {
    await render('clerk')
    port.deliver({ type: 'presence', userId: WORKER, displayName: '王社工', role: 'COMMUNITY_WORKER', field: 'phone' })
    await flushPromises()
    expect(item('phone').querySelector('[data-testid=case-presence]')?.textContent?.trim()).toBe('王社工 正在填写')
    item('phone').querySelector<HTMLElement>('[data-testid=case-highlight]')!.click()
    await type('input[data-testid=case-highlight-note-input]', ' 请核对手机号 ')
    item('idNumber').querySelector<HTMLElement>('[data-testid=case-highlight]')!.click()
    expect(port.sent('/highlight')).toEqual([{ field: 'phone' }, { field: 'idNumber', note: '请核对手机号' }])
  })

  it('words the server’s refusal of a send in the UI language (STOMP refusals come in Chinese)', async () => {
    setLocale('en')
    await render('worker')
    await type('[data-testid=case-field-applicantName]', '张三丰')
    await wait(200)
    port.refuse({ code: 'case.not-editable', message: '办件已提交，表格暂时不能修改', caseId: 9, field: 'applicantName' })
    await wait(150)
    expect(item('applicantName').textContent).toContain('The case was submitted: the form cannot be changed now')
    setLocale('zh-CN')
    await wait(150)
    expect(item('applicantName').textContent).toContain('办件已提交，表格暂时不能修改')
  })

  it('pulses the field the clerk points to on the tablet, with the note, from any tab', async () => {
    const wrapper = await render('worker')
    expect(document.querySelector('[data-testid=case-highlight]')).toBeNull()
    ;(wrapper.vm as unknown as { show: (tab: string) => void }).show('timeline')
    await flushPromises()
    expect(query('#pane-form').style.display).toBe('none')
    port.deliver({ type: 'highlight', field: 'phone', by: CLERK, note: '请核对手机号' })
    await flushPromises()
    expect(item('phone').dataset.highlighted).toBe('true')
    expect(query('#pane-form').style.display).toBe('')
    expect(query('[data-testid=case-highlight-note]').textContent).toContain('请核对手机号')
  })

  it('asks the clerk for a reason before not accepting, in plain words', async () => {
    await render('clerk', caseView({ state: 'SUBMITTED', decisionDeadline: '2026-11-30', actions: ['accept', 'not-accept', 'request-supplement'] }))
    expect(query('[data-testid=case-decision-deadline]').textContent).toContain('2026-11-30')
    expect(['case-accept', 'case-not-accept', 'case-request-supplement'].map((id) => query(`[data-testid=${id}]`).tagName)).toEqual(['BUTTON', 'BUTTON', 'BUTTON'])
    query('[data-testid=case-not-accept]').click()
    await flushPromises()
    expect(query('[data-testid=case-action-dialog]').textContent).toContain('行政复议')
    query('[data-testid=case-action-confirm]').click()
    await flushPromises()
    expect(query('[data-testid=case-action-missing]').textContent).toBe('请填写理由')
    expect(transition).not.toHaveBeenCalled()

    vi.mocked(transition).mockResolvedValue(caseView({ state: 'NOT_ACCEPTED', actions: [] }))
    await type('textarea[data-testid=case-action-reason]', ' 不属于本窗口受理范围 ')
    query('[data-testid=case-action-confirm]').click()
    await flushPromises()
    expect(transition).toHaveBeenCalledWith(9, 'not-accept', { reason: '不属于本窗口受理范围' })
    expect(query('[data-testid=case-state]').dataset.state).toBe('NOT_ACCEPTED')
    expect(query('[data-testid=refusal-notice-download]').getAttribute('href')).toBe('/api/cases/9/notices/refusal.pdf')
  })

  it('shows the server’s full supplement list after asking for supplements', async () => {
    await render('clerk', caseView({ state: 'SUBMITTED', actions: ['request-supplement'] }))
    const supplement = {
      items: [
        { kind: 'MATERIAL' as const, code: 'HOUSEHOLD_REGISTER', name: '居民户口簿', reason: '缺少' },
        { kind: 'FIELD' as const, code: 'phone', name: '手机号', reason: '号码停机' },
      ],
      requestedAt: '2026-11-23T02:00:00Z',
      deadline: '2026-11-30',
    }
    vi.mocked(transition).mockResolvedValue(caseView({ state: 'SUPPLEMENT_REQUESTED', supplement, supplementDeadline: '2026-11-30', actions: [] }))
    query('[data-testid=case-request-supplement]').click()
    await flushPromises()
    query('[data-testid=case-action-confirm]').click()
    await flushPromises()
    expect(transition).toHaveBeenCalledWith(9, 'request-supplement', {})
    const dialog = query('[data-testid=case-supplement-dialog]')
    expect([...dialog.querySelectorAll('[data-testid=case-supplement-item]')].map((el) => el.getAttribute('data-code'))).toEqual(['HOUSEHOLD_REGISTER', 'phone'])
    expect(dialog.textContent).toContain('请在 2026-11-30 前补正')
    expect(query('[data-testid=case-supplement-deadline]').textContent).toContain('2026-11-30')
    expect(query('[data-testid=supplement-notice-download]').getAttribute('href')).toBe('/api/cases/9/notices/supplement.pdf')
  })

  it('asks how the result is delivered before concluding', async () => {
    await render('clerk', caseView({ state: 'ACCEPTED', caseNumber: '330203001-20261122-0007', acceptedAt: '2026-11-23T02:00:00Z', actions: ['conclude'] }))
    expect(query('[data-testid=case-number]').textContent).toBe('330203001-20261122-0007')
    expect(query('[data-testid=receipt-download]').getAttribute('href')).toBe('/api/cases/9/receipt.pdf')
    query('[data-testid=case-conclude]').click()
    await flushPromises()
    query('[data-testid=case-action-confirm]').click()
    await flushPromises()
    expect(query('[data-testid=case-action-missing]').textContent).toBe('请选择结果送达方式')
    vi.mocked(transition).mockResolvedValue(caseView({ state: 'CONCLUDED', delivery: 'POST', actions: [] }))
    query('[data-testid=case-action-delivery][data-delivery=POST] input').click()
    await flushPromises()
    query('[data-testid=case-action-confirm]').click()
    await flushPromises()
    expect(transition).toHaveBeenCalledWith(9, 'conclude', { delivery: 'POST' })
  })

  it('stores the form before submitting, and shows the server’s problems per field', async () => {
    await render('worker')
    await type('[data-testid=case-field-applicantName]', '张三丰')
    vi.mocked(patchForm).mockRejectedValue(
      failedResponse(422, { code: 'case.invalid-field', title: '填写有误', errors: [{ field: 'applicantName', code: 'too-long', message: '最多 2 个字' }] }),
    )
    query('[data-testid=case-submit]').click()
    await flushPromises()
    query('[data-testid=case-action-confirm]').click()
    await flushPromises()
    expect(patchForm).toHaveBeenCalledWith(9, { applicantName: '张三丰' })
    expect(transition).not.toHaveBeenCalled()
    await wait(150)
    expect(item('applicantName').textContent).toContain('最多 2 个字')
  })

  it('does not open the submit dialog while a field is wrong', async () => {
    await render('worker', caseView({ form: {} }))
    query('[data-testid=case-submit]').click()
    // The form's validation is asynchronous: wait for its verdict, not a fixed time (slow under load).
    await vi.waitFor(() => expect(item('applicantName').textContent).toContain('此项必须填写'), { timeout: 3000 })
    expect(document.querySelector('[data-testid=case-action-dialog]')).toBeNull()
  })

  it('re-reads the case when its state changes elsewhere', async () => {
    await render('worker')
    vi.mocked(fetchCaseView).mockResolvedValue(caseView({ state: 'SUBMITTED', actions: [] }))
    port.deliver({ type: 'state', state: 'SUBMITTED', caseNumber: null })
    await flushPromises()
    expect(query('[data-testid=case-state]').dataset.state).toBe('SUBMITTED')
    expect(input('applicantName').readOnly).toBe(true)
  })

  it('lists the timeline with actor, reason and before/after of changed fields', async () => {
    vi.mocked(fetchTimeline).mockResolvedValue([
      timelineEvent(1, { kind: 'FORM_CHANGED', fromState: null, toState: null, changes: [{ field: 'phone', before: '13911112222', after: '13800001111' }] }),
      timelineEvent(2, { kind: 'REQUEST_SUPPLEMENT', fromState: 'SUBMITTED', toState: 'SUPPLEMENT_REQUESTED', reason: '户口簿缺页' }),
      timelineEvent(3, { kind: 'MATERIAL_REJECTED', fromState: null, toState: 'SUBMITTED', reason: 'ID_CARD: 照片模糊' }),
    ])
    await render('clerk')
    const events = document.querySelectorAll('[data-testid=timeline-event]')
    expect([...events].map((el) => el.getAttribute('data-kind'))).toEqual(['MATERIAL_REJECTED', 'REQUEST_SUPPLEMENT', 'FORM_CHANGED'])
    expect(events[0]!.textContent).toContain('退回材料')
    expect(events[0]!.textContent).not.toContain('→')
    expect(events[0]!.querySelector('[data-testid=timeline-reason]')?.textContent?.trim()).toBe('ID_CARD: 照片模糊')
    expect(events[1]!.textContent).toContain('一次性告知补正')
    expect(events[1]!.textContent).toContain('已提交待受理 → 待补正')
    expect(events[1]!.textContent).toContain('李窗口（窗口受理员）')
    expect(events[1]!.textContent).toContain('理由：户口簿缺页')
    expect(events[2]!.querySelector('[data-testid=timeline-change]')?.textContent?.replace(/\s+/g, '')).toBe('手机号：13911112222→13800001111')
  })
})
