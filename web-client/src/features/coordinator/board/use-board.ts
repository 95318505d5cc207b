import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { fetchBoard } from '@/api/board'
import type { Alert, BoardMessage, BoardWindow } from '@/api/board-types'
import { showProblem } from '@/composables/notify'
import { applyMessage, EMPTY_BOARD, fromBoard, summarize, type BoardState } from './board-state'

/** The coordinator's board: window figures and open alerts of their subtree, kept live. */
export const useBoard = defineStore('coordinator-board', () => {
  const state = shallowRef<BoardState>(EMPTY_BOARD)
  const loading = ref(false)
  const failed = ref(false)
  const loaded = ref(false)
  /** Messages since the latest load started: replayed on its answer, which may predate them. */
  let sinceLoad: BoardMessage[] | undefined
  let generation = 0

  const windows = computed(() => state.value.windows)
  const alerts = computed(() => state.value.alerts)
  const summary = computed(() => summarize(state.value))

  async function load(): Promise<void> {
    const mine = ++generation
    const messages: BoardMessage[] = []
    sinceLoad = messages
    loading.value = true
    failed.value = false
    try {
      const board = await fetchBoard()
      if (mine !== generation) return
      const at = Date.now()
      state.value = messages.reduce((next, message) => applyMessage(next, message, at), fromBoard(board, at))
      loaded.value = true
    } catch (error) {
      if (mine !== generation) return
      failed.value = true
      showProblem(error)
    } finally {
      if (mine === generation) {
        loading.value = false
        sinceLoad = undefined
      }
    }
  }

  /** A message of `/topic/board/{siteId}`. */
  function apply(message: BoardMessage): void {
    sinceLoad?.push(message)
    state.value = applyMessage(state.value, message, Date.now())
  }

  /** An alert or a window as a REST call returned it. */
  const putAlert = (alert: Alert) => apply({ type: 'alert', alert })
  const putWindow = (window: BoardWindow) => apply({ type: 'window', window })

  return { state, loading, failed, loaded, windows, alerts, summary, load, apply, putAlert, putWindow }
})
