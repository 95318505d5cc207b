import { computed } from 'vue'
import { completeTicket } from '@/api/tickets'
import { useBusy } from '@/composables/use-busy'
import { isFinal } from '@/utils/ticket-state'
import { useDesk } from './use-desk'

export function useActiveTicket() {
  const desk = useDesk()
  const { busy, run } = useBusy()
  const ticket = computed(() => desk.active)
  /** Ended while on the desk (withdrawn by the worker, no-show): shown until the clerk closes it. */
  const ended = computed(() => (ticket.value ? isFinal(ticket.value.state) : false))

  const complete = () =>
    run(async () => {
      const current = ticket.value
      if (!current) return
      await completeTicket(current.id)
      desk.setActive(null)
    }, 'desk.completed')

  const dismiss = () => desk.setActive(null)

  return { ticket, ended, busy, complete, dismiss }
}
