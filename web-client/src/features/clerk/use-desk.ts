import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { fetchDuty, fetchWindowQueue, setOnDuty } from '@/api/duty'
import type { DutyStatus, DutyWindow, Ticket, WindowQueue } from '@/api/queue-types'
import { fetchTicketCase } from '@/api/materials'
import { fetchTicket } from '@/api/tickets'
import { showProblem } from '@/composables/notify'
import { createCaseMemory } from './case-memory'
import { mergeQueues } from './queue-merge'

/** The clerk's desk: their windows and duty, the queues of the windows they serve, their ticket. */
export const useDesk = defineStore('clerk-desk', () => {
  const duty = shallowRef<DutyStatus>({ windows: [], activeTicket: null })
  const queues = shallowRef<ReadonlyMap<number, WindowQueue>>(new Map())
  const loading = ref(false)
  /** Until the first load has answered, "no windows" would be a guess. */
  const loaded = ref(false)
  const failed = ref(false)

  const onDutyIds = computed(() => duty.value.windows.filter((window) => window.onDuty).map((window) => window.id))
  const waiting = computed(() => mergeQueues(onDutyIds.value.flatMap((id) => queues.value.get(id) ?? [])))
  const active = computed(() => duty.value.activeTicket)
  const caseMemory = createCaseMemory()
  /** Bumped when a pair is remembered, so the computed below looks again. */
  const caseMemoryVersion = ref(0)
  /** The active ticket's case, for the materials; null when this tab never saw it called. */
  const activeCaseId = computed(() => {
    void caseMemoryVersion.value
    const ticket = active.value
    return ticket ? caseMemory.get(ticket.id) : null
  })

  async function load(): Promise<void> {
    loading.value = true
    failed.value = false
    try {
      duty.value = await fetchDuty()
      await Promise.all([...onDutyIds.value.map(refreshQueue), recallCase()])
    } catch (error) {
      failed.value = true
      showProblem(error)
    } finally {
      loading.value = false
      loaded.value = true
    }
  }

  async function refreshQueue(windowId: number): Promise<void> {
    applyQueue(await fetchWindowQueue(windowId))
  }

  /** A queue from the server or `/topic/windows/{id}`. */
  function applyQueue(queue: WindowQueue): void {
    queues.value = new Map(queues.value).set(queue.windowId, queue)
    const windows = duty.value.windows.map((w) => (w.id === queue.windowId ? { ...w, waiting: queue.waitingCount } : w))
    duty.value = { ...duty.value, windows }
    // The worker answering (or withdrawing) a called ticket changes its window's queue: look again.
    const current = active.value
    if (current?.state === 'CALLED' && current.windowId === queue.windowId) void refreshActive()
  }

  /** For el-switch's before-change: true when the server agreed. */
  async function toggleDuty(window: DutyWindow): Promise<boolean> {
    try {
      duty.value = await setOnDuty(window.id, !window.onDuty)
      if (!window.onDuty) await refreshQueue(window.id)
      return true
    } catch (error) {
      showProblem(error)
      return false
    }
  }

  /**
   * A desk reloaded in another tab or browser never saw the call-next answer: it asks the server
   * for the held ticket's case. Without one the materials panel says so, nothing else fails.
   */
  async function recallCase(): Promise<void> {
    const ticket = active.value
    if (!ticket || caseMemory.get(ticket.id) !== null) return
    try {
      const found = await fetchTicketCase(ticket.id)
      caseMemory.set(ticket.id, found.id)
      caseMemoryVersion.value += 1
    } catch {
      // No case yet, or not reachable now: the panel shows its notice.
    }
  }

  /** `caseId` from the call-next (or call) answer, or from the server after a reload. */
  function setActive(ticket: Ticket | null, caseId?: number | null): void {
    if (ticket && caseId != null) {
      caseMemory.set(ticket.id, caseId)
      caseMemoryVersion.value += 1
    }
    duty.value = { ...duty.value, activeTicket: ticket }
  }

  async function refreshActive(): Promise<void> {
    const current = active.value
    if (!current) return
    try {
      const fresh = await fetchTicket(current.id)
      if (active.value?.id === fresh.id) setActive(fresh)
    } catch (error) {
      showProblem(error)
    }
  }

  return { duty, loading, loaded, failed, onDutyIds, waiting, active, activeCaseId, load, applyQueue, toggleDuty, setActive }
})
