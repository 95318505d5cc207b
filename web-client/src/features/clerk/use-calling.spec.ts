import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { callNext } from '@/api/duty'
import { callTicket } from '@/api/tickets'
import { callView, participant } from '@/test/webrtc'
import { ticket } from '@/test/tickets'
import { useCalling } from './use-calling'
import { useDesk } from './use-desk'

const call = vi.hoisted(() => {
  const release = vi.fn()
  return {
    release,
    holdCallSignals: vi.fn(() => release),
    newJoinSession: vi.fn(() => 'page-1'),
    prepareCall: vi.fn(),
    warmUpCamera: vi.fn(),
    coolDownCamera: vi.fn(),
  }
})
vi.mock('@/call', () => call)
vi.mock('@/api/duty', () => ({ fetchDuty: vi.fn(), fetchWindowQueue: vi.fn(), setOnDuty: vi.fn(), callNext: vi.fn() }))
vi.mock('@/api/tickets', () => ({ callTicket: vi.fn(), fetchTicket: vi.fn() }))

describe('useCalling', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    useDesk().duty = { windows: [{ id: 7, onDuty: true } as never], activeTicket: null }
  })

  it('sends the page join session with 叫号 and starts the call it is already in, signals held meanwhile', async () => {
    const joined = callView([participant(1)])
    vi.mocked(callNext).mockImplementation(async () => {
      expect(call.holdCallSignals).toHaveBeenCalled()
      expect(call.release).not.toHaveBeenCalled()
      return { ticket: ticket(4, { state: 'CALLED', callId: 'c4' }), callId: 'c4', call: joined }
    })
    await useCalling().call('next')
    expect(callNext).toHaveBeenCalledWith(7, 'page-1')
    expect(call.prepareCall).toHaveBeenCalledWith('c4', 'CLERK', 0, { session: 'page-1', view: joined })
    expect(call.release).toHaveBeenCalledTimes(1)
    expect(useDesk().active?.callId).toBe('c4')
  })

  it('starts a call the server could not join it to as before, and lets the signals go on a refusal', async () => {
    vi.mocked(callTicket).mockResolvedValueOnce({ ticket: ticket(5, { state: 'CALLED', callId: 'c5' }), callId: 'c5', call: null })
    await useCalling().call(ticket(5, { state: 'WAITING' }))
    expect(callTicket).toHaveBeenCalledWith(5, 'page-1')
    expect(call.prepareCall).toHaveBeenCalledWith('c5', 'CLERK', 0, undefined)

    vi.mocked(callNext).mockRejectedValueOnce(new Error('offline'))
    const calling = useCalling()
    await calling.call('next')
    expect(call.coolDownCamera).toHaveBeenCalled()
    expect(call.release).toHaveBeenCalledTimes(2)
    expect(calling.error.value).not.toBe('')
  })
})
