import { reactive } from 'vue'
import { acknowledgeAlert, resolveAlert } from '@/api/board'
import type { Alert } from '@/api/board-types'
import { showProblem, showSuccess } from '@/composables/notify'
import { useBoard } from '../board/use-board'

export const ALERT_ACTIONS = ['acknowledge', 'resolve'] as const
export type AlertAction = (typeof ALERT_ACTIONS)[number]

const CALLS: Record<AlertAction, (id: number) => Promise<Alert>> = {
  acknowledge: acknowledgeAlert,
  resolve: resolveAlert,
}

/** Acknowledging and resolving alerts, one action per alert at a time. */
export function useAlertActions() {
  const board = useBoard()
  /** Alert id → the action under way. */
  const acting = reactive(new Map<number, AlertAction>())

  async function act(alert: Alert, action: AlertAction): Promise<void> {
    if (acting.has(alert.id)) return
    acting.set(alert.id, action)
    try {
      board.putAlert(await CALLS[action](alert.id))
      if (action === 'resolve') showSuccess('alerts.resolvedNow')
    } catch (error) {
      showProblem(error)
      // Another coordinator may have resolved it meanwhile: show what the server has.
      void board.load()
    } finally {
      acting.delete(alert.id)
    }
  }

  return { acting, act }
}
