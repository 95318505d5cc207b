import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { trackCase } from '@/api/cases'
import { i18n, setLocale } from '@/locales'
import { failedResponse, query, type } from '@/test/dom'
import TrackView from './TrackView.vue'

vi.mock('@/api/cases', () => ({ trackCase: vi.fn() }))
enableAutoUnmount(afterEach)

async function render(path = '/track') {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/track', component: TrackView }] })
  await router.push(path)
  const wrapper = mount({ template: '<router-view />' }, { attachTo: document.body, global: { plugins: [i18n, router] } })
  await flushPromises()
  return wrapper
}

describe('TrackView', () => {
  beforeEach(() => {
    setLocale('zh-CN')
    vi.mocked(trackCase).mockReset()
  })

  it('shows the state and the masked timeline of a case', async () => {
    vi.mocked(trackCase).mockResolvedValue({
      caseNumber: '330203001-20261122-0007',
      state: 'ACCEPTED',
      matters: ['高龄津贴申领', '丧葬补贴'],
      applicantName: '张*',
      acceptedAt: '2026-11-22T02:00:00Z',
      promisedBy: '2026-11-29',
      timeline: [
        { at: '2026-11-22T01:50:00Z', kind: 'TRANSITION', toState: 'SUBMITTED' },
        { at: '2026-11-22T02:00:00Z', kind: 'TRANSITION', toState: 'ACCEPTED' },
      ],
    })
    await render('/track?case=330203001-20261122-0007')
    expect(query<HTMLInputElement>('input[data-testid=track-case-number]').value).toBe('330203001-20261122-0007')
    await type('input[data-testid=track-phone-last4]', '2222')
    query('button[data-testid=track-submit]').click()
    await flushPromises()
    expect(trackCase).toHaveBeenCalledWith('330203001-20261122-0007', '2222')
    expect(query('[data-testid=track-state]').dataset.state).toBe('ACCEPTED')
    expect(query('[data-testid=track-result]').textContent).toContain('张*')
    expect(query('[data-testid=track-result]').textContent).toContain('高龄津贴申领、丧葬补贴')
    expect([...document.querySelectorAll('[data-testid=track-event]')].map((el) => el.textContent?.includes('已受理'))).toEqual([true, false])
  })

  it('asks for the case number and four digits before asking the server', async () => {
    await render()
    await type('input[data-testid=track-phone-last4]', '22')
    query('button[data-testid=track-submit]').click()
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(trackCase).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('请填写办件编号')
    expect(document.body.textContent).toContain('请填写 4 位数字')
  })

  it.each([
    [404, 'track.not-found', 'not-found', '没有查到：请核对办件编号和手机号后四位'],
    [429, 'track.rate-limited', 'rate-limited', '查询太频繁，请过几分钟再试'],
  ])('says plainly when the answer is %s', async (status, code, failure, text) => {
    vi.mocked(trackCase).mockRejectedValue(failedResponse(status, { status, code }))
    await render()
    await type('input[data-testid=track-case-number]', 'X-1')
    await type('input[data-testid=track-phone-last4]', '1234')
    query('button[data-testid=track-submit]').click()
    await flushPromises()
    expect(query('[data-testid=track-error]').dataset.failure).toBe(failure)
    expect(query('[data-testid=track-error]').textContent).toContain(text)
    expect(document.querySelector('[data-testid=track-result]')).toBeNull()
  })
})
