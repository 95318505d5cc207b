import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CaseMessage } from '@/api/material-types'
import { fetchChecklist, rejectMaterial, reorderPages, verifyMaterial } from '@/api/materials'
import { i18n, setLocale } from '@/locales'
import { UploadQueue } from '@/materials'
import { memoryJobStore } from '@/materials/job-store'
import type { ImageCodec } from '@/materials/prepare-image'
import { UploadFailure, type UploadCallbacks, type Uploader, type UploadJob } from '@/materials/upload-types'
import { checklist, material, page, slot } from '@/test/materials'
import { query, settle } from '@/test/dom'
import MaterialsPanel from './MaterialsPanel.vue'
import { IMAGE_CODEC, UPLOAD_QUEUE } from './use-uploads'

vi.mock('@/api/materials', () => ({
  fetchChecklist: vi.fn(),
  verifyMaterial: vi.fn(),
  rejectMaterial: vi.fn(),
  reorderPages: vi.fn(),
  removePage: vi.fn(),
}))

/** The live topic's handler, so a test can play a message. */
const live = vi.hoisted(() => ({ handler: null as ((message: unknown) => void) | null, path: '' }))
vi.mock('@/composables/use-subscription', async () => {
  const { readonly, ref, toValue, watchEffect } = await import('vue')
  return {
    useSubscription: (destinations: () => { path: string } | null, handler: (message: unknown) => void) => {
      watchEffect(() => {
        live.path = toValue(destinations)?.path ?? ''
        live.handler = handler
      })
    },
    useConnectionState: () => readonly(ref('connected')),
  }
})
enableAutoUnmount(afterEach)

class FakeUploader implements Uploader {
  readonly calls: { job: UploadJob; callbacks: UploadCallbacks; settle: (result: Error | number) => void }[] = []
  upload(job: UploadJob, callbacks: UploadCallbacks) {
    let settleRun!: (result: Error | number) => void
    const done = new Promise<{ pageId: number }>((resolve, reject) => {
      settleRun = (result) => (typeof result === 'number' ? resolve({ pageId: result }) : reject(result))
    })
    this.calls.push({ job, callbacks, settle: settleRun })
    return { done, abort: () => {} }
  }
}

/** Decodes anything as a 4000x3000 photo and "encodes" a small JPEG. */
const codec: ImageCodec = {
  decode: async () => ({ width: 4000, height: 3000, source: {} as CanvasImageSource, close: () => {} }),
  encodeJpeg: async () => new Blob([new Uint8Array(500)], { type: 'image/jpeg' }),
}

const idCard = () =>
  slot('ID_CARD', material(1, 'ID_CARD', { pages: [page(11), page(12, { position: 2 })] }))
const register = () => slot('HOUSEHOLD_REGISTER', null)
const bankCard = () =>
  slot('BANK_CARD', material(3, 'BANK_CARD', { state: 'REJECTED', reason: '照片模糊' }), { mandatory: false })

describe('MaterialsPanel', () => {
  let uploader: FakeUploader
  let queue: UploadQueue

  beforeEach(() => {
    setLocale('zh-CN')
    vi.mocked(fetchChecklist).mockReset().mockResolvedValue(checklist(idCard(), register(), bankCard()))
    uploader = new FakeUploader()
    queue = new UploadQueue({ uploader, store: memoryJobStore(), network: { online: () => true, onOnline: () => () => {} } })
  })

  async function render(role: 'worker' | 'clerk') {
    const wrapper = mount(MaterialsPanel, {
      props: { caseId: 9, role },
      attachTo: document.body,
      global: { plugins: [i18n], provide: { [UPLOAD_QUEUE as symbol]: queue, [IMAGE_CODEC as symbol]: codec } },
    })
    await flushPromises()
    return wrapper
  }

  const slotEl = (wrapper: Awaited<ReturnType<typeof render>>, code: string) => wrapper.get(`[data-testid=material-slot][data-material-code=${code}]`)

  it('shows every slot with its state, mandatory mark and pages', async () => {
    const wrapper = await render('worker')
    expect(fetchChecklist).toHaveBeenCalledWith(9)
    expect(live.path).toBe('/topic/cases/9')
    const slots = wrapper.findAll('[data-testid=material-slot]')
    expect(slots.map((el) => [el.attributes('data-material-code'), el.attributes('data-state')])).toEqual([
      ['ID_CARD', 'UPLOADED'],
      ['HOUSEHOLD_REGISTER', 'MISSING'],
      ['BANK_CARD', 'REJECTED'],
    ])
    expect(slotEl(wrapper, 'ID_CARD').text()).toContain('必交')
    expect(slotEl(wrapper, 'ID_CARD').get('[data-testid=material-slot-state]').text()).toBe('待核验')
    expect(slotEl(wrapper, 'BANK_CARD').text()).toContain('选交')
    const items = slotEl(wrapper, 'ID_CARD').findAll('[data-testid=material-item]')
    expect(items.map((el) => [el.attributes('data-page-id'), el.attributes('data-state')])).toEqual([
      ['11', 'UPLOADED'],
      ['12', 'UPLOADED'],
    ])
    expect(slotEl(wrapper, 'HOUSEHOLD_REGISTER').findAll('[data-testid=material-item]')).toHaveLength(0)
    expect(wrapper.get('[data-testid=materials-summary]').text()).toBe('必交材料已核验 0/2')
  })

  it('speaks English too', async () => {
    setLocale('en')
    const wrapper = await render('worker')
    expect(slotEl(wrapper, 'BANK_CARD').get('[data-testid=material-slot-state]').text()).toBe('To redo')
    expect(slotEl(wrapper, 'BANK_CARD').get('[data-testid=material-reject-note]').text()).toContain('Returned: 照片模糊')
  })

  it('gives the worker a camera input per open slot, page tools before the check, and no checking', async () => {
    const wrapper = await render('worker')
    const input = slotEl(wrapper, 'HOUSEHOLD_REGISTER').get('[data-testid=material-capture]')
    expect([input.attributes('type'), input.attributes('accept'), input.attributes('capture')]).toEqual([
      'file',
      'image/*,application/pdf',
      'environment',
    ])
    expect(slotEl(wrapper, 'ID_CARD').findAll('[data-testid=material-page-remove]')).toHaveLength(2)
    expect(slotEl(wrapper, 'BANK_CARD').findAll('[data-testid=material-page-remove]')).toHaveLength(0)
    expect(wrapper.find('[data-testid=material-verify]').exists()).toBe(false)
    expect(slotEl(wrapper, 'BANK_CARD').text()).toContain('退回原因:照片模糊')
  })

  it('moves a page and shows the answered order', async () => {
    const wrapper = await render('worker')
    const swapped = idCard()
    swapped.current!.pages.reverse()
    vi.mocked(reorderPages).mockResolvedValue(checklist(swapped, register(), bankCard()))
    await slotEl(wrapper, 'ID_CARD').findAll('[data-testid=material-page-later]')[0]!.trigger('click')
    await flushPromises()
    expect(reorderPages).toHaveBeenCalledWith(9, 1, [12, 11])
    expect(slotEl(wrapper, 'ID_CARD').findAll('[data-testid=material-item]').map((el) => el.attributes('data-page-id'))).toEqual(['12', '11'])
  })

  it('uploads two captured pages in order with progress, and reloads the list when they arrived', async () => {
    const wrapper = await render('worker')
    const input = slotEl(wrapper, 'HOUSEHOLD_REGISTER').get<HTMLInputElement>('[data-testid=material-capture]')
    const files = [new File(['front'], 'front.jpg', { type: 'image/jpeg' }), new File(['back'], 'back.jpg', { type: 'image/jpeg' })]
    Object.defineProperty(input.element, 'files', { value: files, configurable: true })
    await input.trigger('change')
    await flushPromises()

    expect(uploader.calls.map((call) => [call.job.slotCode, call.job.fileName, call.job.fileType, call.job.size])).toEqual([
      ['HOUSEHOLD_REGISTER', 'front.jpg', 'image/jpeg', 500],
    ])
    uploader.calls[0]!.callbacks.onProgress(250, 500)
    await flushPromises()
    const rows = slotEl(wrapper, 'HOUSEHOLD_REGISTER').findAll('[data-testid=material-upload-progress]')
    expect(rows.map((row) => row.attributes('data-state'))).toEqual(['uploading', 'queued'])
    expect(rows[0]!.find('.el-progress').exists()).toBe(true)

    vi.mocked(fetchChecklist).mockResolvedValue(checklist(idCard(), slot('HOUSEHOLD_REGISTER', material(2, 'HOUSEHOLD_REGISTER')), bankCard()))
    uploader.calls[0]!.settle(21)
    await flushPromises()
    expect(uploader.calls.map((call) => call.job.fileName)).toEqual(['front.jpg', 'back.jpg'])
    uploader.calls[1]!.settle(22)
    await flushPromises()
    expect(fetchChecklist).toHaveBeenCalledTimes(3)
    expect(slotEl(wrapper, 'HOUSEHOLD_REGISTER').attributes('data-state')).toBe('UPLOADED')
    expect(slotEl(wrapper, 'HOUSEHOLD_REGISTER').findAll('[data-testid=material-upload-progress]')).toHaveLength(0)
  })

  it('names a file of the wrong kind and queues nothing', async () => {
    const wrapper = await render('worker')
    const input = slotEl(wrapper, 'HOUSEHOLD_REGISTER').get<HTMLInputElement>('[data-testid=material-capture]')
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], 'form.docx', { type: 'application/msword' })], configurable: true })
    await input.trigger('change')
    await flushPromises()
    expect(uploader.calls).toHaveLength(0)
    expect(document.body.textContent).toContain('form.docx:只能上传 JPEG、PNG、WebP、HEIC 照片或 PDF 文件')
  })

  it('shows the server’s reason for a refused file', async () => {
    const wrapper = await render('worker')
    await queue.add({ caseId: 9, slotCode: 'ID_CARD', file: new Blob(['x']), fileName: 'scan.pdf', fileType: 'application/pdf' })
    await flushPromises()
    uploader.calls[0]!.settle(new UploadFailure('refused', { status: 422, code: 'material.pdf-active-content', title: 'PDF 含有脚本等活动内容,不能接收' }))
    await flushPromises()
    const row = slotEl(wrapper, 'ID_CARD').get('[data-testid=material-upload-progress]')
    expect(row.attributes('data-state')).toBe('failed')
    expect(row.get('[data-testid=material-upload-error]').text()).toBe('PDF 含有脚本等活动内容,不能接收')
  })

  it('lets the clerk verify a material to check, and shows the answer', async () => {
    const wrapper = await render('clerk')
    expect(wrapper.find('[data-testid=material-capture]').exists()).toBe(false)
    expect(wrapper.find('[data-testid=material-page-remove]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid=material-verify]')).toHaveLength(1)
    const verified = slot('ID_CARD', material(1, 'ID_CARD', { state: 'VERIFIED' }))
    vi.mocked(verifyMaterial).mockResolvedValue(checklist(verified, register(), bankCard()))
    await slotEl(wrapper, 'ID_CARD').get('[data-testid=material-verify]').trigger('click')
    await flushPromises()
    expect(verifyMaterial).toHaveBeenCalledWith(9, 1)
    expect(slotEl(wrapper, 'ID_CARD').attributes('data-state')).toBe('VERIFIED')
    expect(slotEl(wrapper, 'ID_CARD').get('[data-testid=material-item]').attributes('data-state')).toBe('VERIFIED')
    expect(wrapper.find('[data-testid=material-verify]').exists()).toBe(false)
  })

  it('asks the clerk for a reason before rejecting', async () => {
    const wrapper = await render('clerk')
    await slotEl(wrapper, 'ID_CARD').get('[data-testid=material-reject]').trigger('click')
    await flushPromises()
    query('[data-testid=material-reject-submit]').click()
    await settle()
    expect(rejectMaterial).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('请填写退回原因')

    const rejected = slot('ID_CARD', material(1, 'ID_CARD', { state: 'REJECTED', reason: '反面缺失' }))
    vi.mocked(rejectMaterial).mockResolvedValue(checklist(rejected, register(), bankCard()))
    const reason = query<HTMLTextAreaElement>('textarea[data-testid=material-reject-reason]')
    reason.value = '  反面缺失 '
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    query('[data-testid=material-reject-submit]').click()
    await settle()
    expect(rejectMaterial).toHaveBeenCalledWith(9, 1, '反面缺失')
    expect(slotEl(wrapper, 'ID_CARD').attributes('data-state')).toBe('REJECTED')
  })

  it('replaces the list with the checklist of a live update, and ignores other news', async () => {
    const wrapper = await render('clerk')
    const update: CaseMessage = {
      type: 'materials',
      caseId: 9,
      action: 'UPLOADED',
      slotCode: 'HOUSEHOLD_REGISTER',
      checklist: checklist(idCard(), slot('HOUSEHOLD_REGISTER', material(2, 'HOUSEHOLD_REGISTER')), bankCard()),
    }
    live.handler?.(update)
    await flushPromises()
    expect(slotEl(wrapper, 'HOUSEHOLD_REGISTER').attributes('data-state')).toBe('UPLOADED')
    expect(wrapper.findAll('[data-testid=material-verify]')).toHaveLength(2)

    live.handler?.({ type: 'form', caseId: 9 })
    live.handler?.({ ...update, caseId: 8, checklist: { caseId: 8, slots: [] } })
    await flushPromises()
    expect(wrapper.findAll('[data-testid=material-slot]')).toHaveLength(3)
  })
})
