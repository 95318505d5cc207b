import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Ticket } from '@/api/queue-types'
import * as ticketsApi from '@/api/tickets'
import { prepareCall } from '@/call'
import { ticket } from '@/test/tickets'
import { applyPlaces, mergeActive, upsertTicket, waitingWindowIds } from './ticket-list'
import { useWorkerTickets } from './use-worker-tickets'

describe('ticket list', () => {
  it('replaces a known ticket in place and puts a new one first', () => {
    const list = [ticket(1), ticket(2)]
    expect(upsertTicket(list, ticket(2, { state: 'CALLED' })).map((t) => [t.id, t.state])).toEqual([
      [1, 'WAITING'],
      [2, 'CALLED'],
    ])
    expect(upsertTicket(list, ticket(3)).map((t) => t.id)).toEqual([3, 1, 2])
  })

  it('moves only waiting tickets of the announced window', () => {
    const list = [ticket(1), ticket(2, { windowId: 2 }), ticket(3, { state: 'CALLED', position: 0 })]
    const places = [1, 2, 3].map((id) => ({ ticketId: id, number: `A${id}`, position: 9, estimatedWaitMinutes: 40 }))
    const moved = applyPlaces(list, { windowId: 1, places, clerksOnDuty: 1 })
    expect(moved.map((t) => t.position)).toEqual([9, 1, 0])
    expect(moved[0]?.estimatedWaitMinutes).toBe(40)
  })

  it('asks again about shown tickets the server no longer lists as active', () => {
    const local = [ticket(1), ticket(2, { state: 'DONE' }), ticket(3)]
    const { list, ended } = mergeActive(local, [ticket(3, { position: 2 }), ticket(4, { takenAt: '2026-11-23T02:00:00Z' })])
    expect(ended).toEqual([1])
    expect(list.map((t) => t.id)).toEqual([4, 3, 1, 2])
    expect(list[1]?.position).toBe(2)
  })

  it('follows the windows of waiting tickets only, once each', () => {
    expect(waitingWindowIds([ticket(1), ticket(2), ticket(3, { windowId: 5, state: 'SERVING' })])).toEqual([1])
  })
})

vi.mock('@/api/tickets', () => ({ fetchMyTickets: vi.fn(), fetchTicket: vi.fn(), answerTicket: vi.fn() }))
vi.mock('@/call', () => ({ prepareCall: vi.fn() }))

describe('worker tickets store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('starts the call with the answer, before the call view shows', async () => {
    const store = useWorkerTickets()
    store.put(ticket(1, { state: 'CALLED', callId: 'c1' }))
    let served: (answer: Ticket) => void = () => {}
    vi.mocked(ticketsApi.answerTicket).mockReturnValue(new Promise((resolve) => (served = resolve)))
    const answering = store.answer(1)
    expect(ticketsApi.answerTicket).toHaveBeenCalledWith(1)
    expect(prepareCall).toHaveBeenCalledWith('c1', 'WORKER', 0)
    expect(store.answering.has(1)).toBe(true)
    served(ticket(1, { state: 'SERVING', callId: 'c1' }))
    await answering
    expect(store.answering.has(1)).toBe(false)
    expect(store.tickets[0]?.state).toBe('SERVING')
  })

  it('remembers where a transferred ticket came from', () => {
    const store = useWorkerTickets()
    store.put(ticket(1))
    store.onNotification({ type: 'ticket', change: 'TRANSFERRED', ticket: ticket(1, { windowId: 2, windowName: '综合窗口' }) })
    expect(store.transferredFrom[1]).toBe('民政窗口')
    expect(store.tickets[0]?.windowName).toBe('综合窗口')
    expect(store.windowIds).toEqual([2])
  })

  it('keeps a ticket taken while the reload was on its way', async () => {
    let answer: (active: Ticket[]) => void = () => {}
    vi.mocked(ticketsApi.fetchMyTickets).mockReturnValue(new Promise((resolve) => (answer = resolve)))
    // The server answered before it had stored the new ticket: the tablet asks about it again.
    vi.mocked(ticketsApi.fetchTicket).mockResolvedValue(ticket(2))
    const store = useWorkerTickets()
    const restoring = store.restore()
    store.put(ticket(2))
    answer([ticket(1)])
    await restoring
    expect(store.tickets.map((t) => t.id).sort()).toEqual([1, 2])
  })
})
