import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { answerTicket } from '@/api/tickets'
import { ticket } from '@/test/tickets'
import { useWorkerTickets } from '../tickets/use-worker-tickets'
import { AUTO_ANSWER_KEY, useAutoAnswer } from './use-auto-answer'
import { useWorkerCall } from './use-worker-call'

vi.mock('@/api/tickets', () => ({ answerTicket: vi.fn(), fetchMyTickets: vi.fn(), fetchTicket: vi.fn() }))

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  } as Storage
}

describe('auto-answer', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.mocked(answerTicket).mockReset()
    vi.mocked(answerTicket).mockImplementation(async (id) => ticket(id, { state: 'SERVING', callId: `call-${id}` }))
  })

  it('is off unless chosen on this device, and remembers the choice', async () => {
    const storage = memoryStorage()
    const enabled = effectScope().run(() => useAutoAnswer(storage))
    expect(enabled?.value).toBe(false)
    useWorkerTickets().put(ticket(1, { state: 'CALLED', calledAt: '2026-11-23T01:10:00Z' }))
    await flushPromises()
    expect(answerTicket).not.toHaveBeenCalled()
    enabled!.value = true
    await flushPromises()
    expect(storage.getItem(AUTO_ANSWER_KEY)).toBe('true')
    expect(answerTicket).toHaveBeenCalledWith(1)
  })

  it('answers a called ticket once per call, a recall again', async () => {
    effectScope().run(() => useAutoAnswer(memoryStorage({ [AUTO_ANSWER_KEY]: 'true' })))
    const store = useWorkerTickets()
    vi.mocked(answerTicket).mockRejectedValueOnce(new Error('offline'))
    store.put(ticket(2, { state: 'CALLED', calledAt: '2026-11-23T01:10:00Z' }))
    await flushPromises()
    store.put(ticket(3, { state: 'WAITING' }))
    await flushPromises()
    expect(vi.mocked(answerTicket).mock.calls).toEqual([[2]])
    store.put(ticket(2, { state: 'CALLED', calledAt: '2026-11-23T01:12:00Z' }))
    await flushPromises()
    expect(vi.mocked(answerTicket).mock.calls).toEqual([[2], [2]])
    expect(store.tickets.find((t) => t.id === 2)?.state).toBe('SERVING')
  })
})

describe('the tablet’s call', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('is that of the answered ticket until the call ends or the ticket moves on', async () => {
    const store = useWorkerTickets()
    const call = effectScope().run(() => useWorkerCall())!
    store.put(ticket(1, { state: 'CALLED', callId: 'c1' }))
    expect(call.ticket.value).toBeNull()
    store.put(ticket(1, { state: 'SERVING', callId: 'c1' }))
    expect(call.ticket.value?.callId).toBe('c1')
    call.ended('c1')
    await nextTick()
    expect(call.ticket.value).toBeNull()
    store.put(ticket(2, { state: 'SERVING', callId: 'c2' }))
    expect(call.ticket.value?.id).toBe(2)
    store.put(ticket(2, { state: 'DONE', callId: 'c2' }))
    expect(call.ticket.value).toBeNull()
  })
})
