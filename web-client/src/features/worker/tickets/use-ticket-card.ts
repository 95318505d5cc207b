import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Ticket } from '@/api/queue-types'
import { useBusy } from '@/composables/use-busy'
import { isFinal } from '@/utils/ticket-state'
import { useWorkerTickets } from './use-worker-tickets'

export function useTicketCard(ticket: () => Ticket) {
  const { t } = useI18n()
  const store = useWorkerTickets()
  const confirming = ref(false)
  const { busy, run } = useBusy()

  const final = computed(() => isFinal(ticket().state))
  const cancellable = computed(() => ticket().state === 'WAITING' || ticket().state === 'CALLED')
  const movedFrom = computed(() => store.transferredFrom[ticket().id])

  /** 前面还有 2 人 · 第 3 位 · 预计等待约 12 分钟 */
  const place = computed(() => {
    const { position, estimatedWaitMinutes: minutes } = ticket()
    if (position < 1) return t('ticket.waiting')
    const where = position === 1 ? t('ticket.next') : t('ticket.ahead', { ahead: position - 1, position })
    return `${where} · ${minutes > 0 ? t('ticket.wait', { minutes }) : t('ticket.soon')}`
  })

  const withdraw = () =>
    run(async () => {
      await store.withdraw(ticket().id)
      confirming.value = false
    })
  const answer = () => run(() => store.answer(ticket().id))

  return { confirming, busy, final, cancellable, movedFrom, place, withdraw, answer }
}
