import type { Ticket, WindowQueue } from '@/api/queue-types'

/** A waiting ticket with plausible defaults; pass what the test is about. */
export function ticket(id: number, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id,
    number: `A${String(id).padStart(3, '0')}`,
    state: 'WAITING',
    windowId: 1,
    windowName: '民政窗口',
    matterCode: 'MZ-001',
    matterName: '高龄津贴申领',
    applicant: { name: '张*', idNumber: '110105********002X', phone: '138****1234' },
    priority: false,
    workerId: 7,
    clerkId: null,
    clerkName: null,
    takenAt: '2026-11-23T01:00:00Z',
    calledAt: null,
    position: 1,
    estimatedWaitMinutes: 5,
    callId: null,
    ...overrides,
  }
}

export function windowQueue(windowId: number, waiting: Ticket[]): WindowQueue {
  return { windowId, waiting, waitingCount: waiting.length, longestWaitSeconds: 0, clerksOnDuty: 1 }
}
