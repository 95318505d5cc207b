import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchCaseView, uploadSignature } from '@/api/cases'
import { LiveForm } from '@/casework'
import { FakeCasePort, FakeFormApi } from '@/test/casework'
import { i18n, setLocale } from '@/locales'
import { caseView } from '@/test/cases'
import { query } from '@/test/dom'
import CaseWorkspace from './CaseWorkspace.vue'
import { LIVE_FORM_FACTORY } from './use-case-record'
import { PAD_FACTORY, type Pad } from './use-signature-pad'

vi.mock('@/api/cases', async (original) => ({
  ...(await original<typeof import('@/api/cases')>()),
  fetchCaseView: vi.fn(),
  fetchTimeline: vi.fn(async () => []),
  uploadSignature: vi.fn(),
}))
vi.mock('@/composables/use-subscription', async () => {
  const { readonly, ref } = await import('vue')
  return { useSubscription: () => {}, useConnectionState: () => readonly(ref('connected')) }
})
enableAutoUnmount(afterEach)

/** A pad drawn on by the test: `stroke()` is a finger lifted after writing. */
class FakePad implements Pad {
  strokes = 0
  private listener: () => void = () => {}
  isEmpty = () => this.strokes === 0
  clear = () => void (this.strokes = 0)
  onStroke = (listener: () => void) => void (this.listener = listener)
  fit = () => {}
  toPng = async () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' })
  off = () => {}
  stroke() {
    this.strokes += 1
    this.listener()
  }
}

describe('the signature tab', () => {
  let pad: FakePad

  beforeEach(() => {
    setLocale('zh-CN')
    setActivePinia(createPinia())
    pad = new FakePad()
  })

  async function render(role: 'worker' | 'clerk') {
    const wrapper = mount(CaseWorkspace, {
      props: { caseId: 9, role },
      attachTo: document.body,
      global: {
        plugins: [i18n],
        stubs: { MaterialsPanel: true },
        provide: {
          [LIVE_FORM_FACTORY as symbol]: (caseId: number) => new LiveForm({ caseId, selfId: 3, port: new FakeCasePort(), api: new FakeFormApi() }),
          [PAD_FACTORY as symbol]: () => pad,
        },
      },
    })
    await flushPromises()
    ;(wrapper.vm as unknown as { show: (tab: string) => void }).show('signature')
    await flushPromises()
    return wrapper
  }

  it('lets the applicant sign on the tablet and stores the PNG', async () => {
    vi.mocked(fetchCaseView).mockResolvedValue(caseView())
    await render('worker')
    expect(query('[data-testid=signature-pad]').tagName).toBe('CANVAS')
    expect(query<HTMLButtonElement>('[data-testid=signature-submit]').disabled).toBe(true)
    pad.stroke()
    await flushPromises()
    expect(query<HTMLButtonElement>('[data-testid=signature-submit]').disabled).toBe(false)
    query('[data-testid=signature-clear]').click()
    await flushPromises()
    expect(query<HTMLButtonElement>('[data-testid=signature-submit]').disabled).toBe(true)

    pad.stroke()
    await flushPromises()
    const signed = { materialId: 31, signedAt: '2026-11-23T02:00:00Z', contentHash: 'ab', stale: false }
    vi.mocked(uploadSignature).mockResolvedValue(signed)
    vi.mocked(fetchCaseView).mockResolvedValue(caseView({ signature: signed }))
    query('[data-testid=signature-submit]').click()
    await flushPromises()
    const [caseId, image] = vi.mocked(uploadSignature).mock.calls[0]!
    expect(caseId).toBe(9)
    expect(image.type).toBe('image/png')
    expect(query('[data-testid=signature-status]').textContent).toContain('申请人已于 2026-11-23 10:00 签名')
    expect(document.querySelector('[data-testid=signature-stale]')).toBeNull()
  })

  it('marks a signature made before a change of the case as stale; the clerk sees no pad', async () => {
    vi.mocked(fetchCaseView).mockResolvedValue(caseView({ signature: { materialId: 31, signedAt: '2026-11-23T02:00:00Z', contentHash: 'ab', stale: true } }))
    await render('clerk')
    expect(query('[data-testid=signature-stale]').textContent?.trim()).toBe('签名后办件有改动，需重新签名')
    expect(document.querySelector('[data-testid=signature-pad]')).toBeNull()
  })
})
