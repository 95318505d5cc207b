import type { TicketState } from '@/api/queue-types'

type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'

interface StateLook {
  tag: TagType
  /** Nothing more will happen to the ticket. */
  final: boolean
}

const LOOKS: Record<TicketState, StateLook> = {
  WAITING: { tag: 'primary', final: false },
  CALLED: { tag: 'warning', final: false },
  SERVING: { tag: 'success', final: false },
  DONE: { tag: 'success', final: true },
  WITHDRAWN: { tag: 'info', final: true },
  NO_SHOW: { tag: 'danger', final: true },
  EXPIRED: { tag: 'info', final: true },
}

/** The i18n key of the state's name, e.g. ticket.state.WAITING → 排队中. */
export function stateKey(state: TicketState): string {
  return `ticket.state.${state}`
}

export function stateTag(state: TicketState): TagType {
  return LOOKS[state].tag
}

export function isFinal(state: TicketState): boolean {
  return LOOKS[state].final
}
