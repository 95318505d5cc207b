import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CaseField, FieldValue, FormData } from '@/api/case-types'
import { FakeCasePort, FakeFormApi } from '@/test/casework'
import { FLASH_MS, HIGHLIGHT_MS, LiveForm, SEND_DELAY_MS } from './live-form'

const ME = 1
const CLERK = 2
const fields: CaseField[] = [
  { name: 'applicantName', label: '姓名', labelEn: 'Name', type: 'TEXT', required: true },
  { name: 'idNumber', label: '身份证号', labelEn: 'ID number', type: 'ID_NUMBER', required: true, sensitive: true },
  { name: 'age', label: '年龄', labelEn: 'Age', type: 'NUMBER', required: false, min: 80, max: 150 },
]
const entry = (value: FieldValue, version: number, by: number | null = CLERK) => ({ value, version, by, at: '2026-11-22T01:00:00Z' })
const field = (name: string, value: FieldValue, version: number, by: number | null) => ({
  type: 'field' as const,
  field: name,
  value,
  version,
  by,
  at: '2026-11-22T01:00:01Z',
})

describe('LiveForm', () => {
  let port: FakeCasePort
  let api: FakeFormApi
  let form: LiveForm
  const view = (name: string) => form.snapshot.fields[name]!

  beforeEach(() => {
    vi.useFakeTimers()
    port = new FakeCasePort()
    api = new FakeFormApi()
    form = new LiveForm({ caseId: 9, selfId: ME, port, api })
    const stored: FormData = { applicantName: entry('张三', 3), idNumber: entry(null, 0, null) }
    form.load(fields, stored)
  })

  afterEach(() => {
    form.dispose()
    vi.useRealTimers()
  })

  it('holds the stored values with their versions', () => {
    expect(view('applicantName')).toMatchObject({ text: '张三', version: 3, by: CLERK, dirty: false })
    expect(view('age')).toMatchObject({ text: '', version: 0, fault: null })
  })

  it('sends typing after the send delay, at most once per delay, with the base version', () => {
    form.input('applicantName', '张')
    form.input('applicantName', '张三丰')
    expect(port.sent('/form')).toEqual([])
    vi.advanceTimersByTime(SEND_DELAY_MS)
    expect(port.sent('/form')).toEqual([{ field: 'applicantName', value: '张三丰', baseVersion: 3 }])
    expect(port.published[0]!.destination).toBe('/app/cases/9/form')
    // Steady typing still goes out every delay, so the other side sees it within 300 ms.
    form.input('applicantName', '张三丰a')
    vi.advanceTimersByTime(SEND_DELAY_MS / 2)
    form.input('applicantName', '张三丰ab')
    vi.advanceTimersByTime(SEND_DELAY_MS / 2)
    expect(port.sent('/form').map((body) => body.value)).toEqual(['张三丰', '张三丰ab'])
  })

  it('applies a broadcast only when newer than the version held', () => {
    port.deliver(field('applicantName', '李四', 5, CLERK))
    expect(view('applicantName')).toMatchObject({ text: '李四', version: 5 })
    port.deliver(field('applicantName', '王五', 4, CLERK))
    port.deliver(field('applicantName', '赵六', 5, CLERK))
    expect(view('applicantName')).toMatchObject({ text: '李四', version: 5, flashing: false })
  })

  it('flashes the field when another’s later write replaces what this user typed, and drops the unsent typing', () => {
    form.input('applicantName', '张三丰')
    port.deliver(field('applicantName', '张三峰', 4, CLERK))
    expect(view('applicantName')).toMatchObject({ text: '张三峰', version: 4, flashing: true, dirty: false })
    vi.advanceTimersByTime(SEND_DELAY_MS)
    expect(port.sent('/form')).toEqual([])
    vi.advanceTimersByTime(FLASH_MS)
    expect(view('applicantName').flashing).toBe(false)
  })

  it('does not flash an untouched field', () => {
    port.deliver(field('age', 85, 1, CLERK))
    expect(view('age')).toMatchObject({ text: '85', flashing: false })
  })

  it('lets this user’s later write win: the own echo after another’s write converges on it', () => {
    form.input('applicantName', '张三丰')
    vi.advanceTimersByTime(SEND_DELAY_MS)
    port.deliver(field('applicantName', '张三峰', 4, CLERK))
    expect(view('applicantName')).toMatchObject({ text: '张三峰', flashing: true })
    port.deliver(field('applicantName', '张三丰', 5, ME))
    expect(view('applicantName')).toMatchObject({ text: '张三丰', version: 5, dirty: false })
  })

  it('keeps typing that is newer than an own echo, and takes the normalised value of the last echo', () => {
    form.input('idNumber', '11010519491231002x')
    vi.advanceTimersByTime(SEND_DELAY_MS)
    form.input('idNumber', '11010519491231002X ')
    vi.advanceTimersByTime(SEND_DELAY_MS)
    expect(port.sent('/form').map((body) => body.value)).toEqual(['11010519491231002X', '11010519491231002X'])
    port.deliver(field('idNumber', '11010519491231002X', 1, ME))
    expect(view('idNumber').text).toBe('11010519491231002X ')
    port.deliver(field('idNumber', '11010519491231002X', 2, ME))
    expect(view('idNumber')).toMatchObject({ text: '11010519491231002X', version: 2, dirty: false })
  })

  it('does not send a value that fails its check, and shows why once the field is left', () => {
    form.input('idNumber', '1101051949')
    vi.advanceTimersByTime(SEND_DELAY_MS)
    expect(port.sent('/form')).toEqual([])
    expect(view('idNumber')).toMatchObject({ fault: { code: 'id-number' }, touched: false })
    form.blur('idNumber')
    expect(view('idNumber').touched).toBe(true)
    form.input('age', '79')
    vi.advanceTimersByTime(SEND_DELAY_MS)
    expect(view('age').fault).toEqual({ code: 'too-small', params: { min: 80 } })
    form.input('age', '')
    vi.advanceTimersByTime(SEND_DELAY_MS)
    expect(port.sent('/form')).toEqual([{ field: 'age', value: null, baseVersion: 0 }])
  })

  it('shows the server’s refusal on its field, and other refusals as an event', () => {
    const refused = vi.fn()
    form.events.on('refused', refused)
    form.input('age', '90')
    vi.advanceTimersByTime(SEND_DELAY_MS)
    port.refuse({ code: 'case.not-editable', message: '办件已提交，不能再修改', caseId: 9, field: 'age' })
    expect(view('age')).toMatchObject({ refusal: { code: 'case.not-editable', message: '办件已提交，不能再修改' }, touched: true })
    port.refuse({ code: 'case.not-editable', message: 'x', caseId: 9 })
    port.refuse({ code: 'case.not-editable', message: 'x', caseId: 8, field: 'age' })
    expect(refused).toHaveBeenCalledTimes(1)
  })

  it('keeps what could not go while disconnected and sends it after the reconnection', () => {
    port.setState('reconnecting')
    form.input('applicantName', '张三丰')
    vi.advanceTimersByTime(SEND_DELAY_MS)
    expect(port.published).toEqual([])
    // The re-read case does not overwrite the typing still to send.
    form.merge({ applicantName: entry('李四', 4) })
    expect(view('applicantName').text).toBe('张三丰')
    port.setState('connected')
    expect(port.sent('/form')).toEqual([{ field: 'applicantName', value: '张三丰', baseVersion: 3 }])
  })

  it('sends again what was in flight when the link dropped', () => {
    form.input('applicantName', '张三丰')
    vi.advanceTimersByTime(SEND_DELAY_MS)
    port.setState('reconnecting')
    port.setState('connected')
    expect(port.sent('/form').map((body) => body.value)).toEqual(['张三丰', '张三丰'])
  })

  it('tells where this user is, leaving a field only after a moment, and again after a reconnection', () => {
    form.focus('applicantName')
    form.blur('applicantName')
    form.focus('idNumber')
    vi.advanceTimersByTime(1000)
    expect(port.sent('/presence')).toEqual([{ field: 'applicantName' }, { field: 'idNumber' }])
    form.blur('idNumber')
    vi.advanceTimersByTime(1000)
    expect(port.sent('/presence').at(-1)).toEqual({ field: null })
    form.focus('age')
    port.setState('reconnecting')
    port.setState('connected')
    expect(port.sent('/presence').slice(-2)).toEqual([{ field: 'age' }, { field: 'age' }])
  })

  it('lists who else is in which field', () => {
    const presence = (userId: number, field: string | null) => ({ type: 'presence' as const, userId, displayName: `u${userId}`, role: 'CLERK' as const, field })
    port.deliver(presence(CLERK, 'age'))
    port.deliver(presence(ME, 'applicantName'))
    expect(form.snapshot.presence).toEqual([{ userId: CLERK, displayName: 'u2', role: 'CLERK', field: 'age' }])
    port.deliver(presence(CLERK, null))
    expect(form.snapshot.presence).toEqual([])
  })

  it('pulses a field the clerk highlights until the worker goes there or time passes', () => {
    const highlighted = vi.fn()
    form.events.on('highlight', highlighted)
    expect(form.highlight('age', '请填写年龄')).toBe(true)
    expect(port.sent('/highlight')).toEqual([{ field: 'age', note: '请填写年龄' }])
    port.deliver({ type: 'highlight', field: 'age', by: CLERK, note: '请填写年龄' })
    expect(highlighted).toHaveBeenCalledWith({ field: 'age', by: CLERK, note: '请填写年龄' })
    expect(form.snapshot.highlighted?.field).toBe('age')
    form.focus('age')
    expect(form.snapshot.highlighted).toBeNull()
    port.deliver({ type: 'highlight', field: 'idNumber', by: CLERK })
    vi.advanceTimersByTime(HIGHLIGHT_MS)
    expect(form.snapshot.highlighted).toBeNull()
  })

  it('saves everything unsaved through REST before a transition, and keeps it when refused', async () => {
    form.input('applicantName', '张三丰')
    form.input('age', '90')
    await form.save()
    expect(api.patches).toEqual([{ applicantName: '张三丰', age: 90 }])
    expect(view('age')).toMatchObject({ text: '90', version: 99, dirty: false })
    vi.advanceTimersByTime(SEND_DELAY_MS)
    expect(port.sent('/form')).toEqual([])

    api.answer = () => Promise.reject(new Error('422'))
    form.input('age', '91')
    await expect(form.save()).rejects.toThrow('422')
    expect(view('age')).toMatchObject({ text: '91', dirty: true })
  })

  it('hands other case news on, and stops listening when disposed', () => {
    const news = vi.fn()
    form.events.on('message', news)
    port.deliver({ type: 'state', state: 'SUBMITTED', caseNumber: null })
    expect(news).toHaveBeenCalledWith({ type: 'state', state: 'SUBMITTED', caseNumber: null })
    form.dispose()
    expect(port.listeners).toBe(0)
  })

  it('takes the fields of an added matter and drops those of a removed one', () => {
    form.load([...fields.slice(0, 2), { name: 'deathDate', label: '死亡日期', labelEn: 'Date of death', type: 'DATE', required: true }], {
      deathDate: entry('2026-11-01', 1),
    })
    expect(Object.keys(form.snapshot.fields)).toEqual(['applicantName', 'idNumber', 'deathDate'])
    expect(view('applicantName').text).toBe('张三')
  })
})
