import type { CallView } from '@/api/call-types'
import type { CallContext } from './call-context'
import type { PeerLinks } from './peer-links'
import type { Roster } from './roster'

/** How long after an unnamed participant's arrival this page asks the server for names. */
export const NAMES_AFTER_MS = 1500

export interface CallViewSyncOptions {
  roster: Roster
  links: Pick<PeerLinks, 'all'>
  /** Takes in the call as the server sees it (participants, recording). */
  apply(view: CallView): void
  end(reason: string): void
}

/**
 * Reading the call again from the server when this page may have missed something: who was
 * invited, the names of those whose notice overtook this page's join answer, or an end it did not
 * hear of.
 */
export class CallViewSync {
  private namesTimer: unknown

  constructor(
    private readonly call: CallContext,
    private readonly options: CallViewSyncOptions,
  ) {}

  /**
   * A participant came in whom this page cannot name yet. The names wait until the set-up is over:
   * a request now would compete with the join.
   */
  learnNamesSoon(): void {
    if (this.namesTimer !== undefined) return
    const { roster, links } = this.options
    this.namesTimer = this.call.timers.setTimeout(() => {
      this.namesTimer = undefined
      const unnamed = links.all().some((link) => !roster.get(link.peerId)?.displayName)
      if (unnamed && !this.call.ended() && !this.call.disposed()) void this.refresh()
    }, NAMES_AFTER_MS)
  }

  async refresh(): Promise<void> {
    try {
      const view = await this.call.api.get(this.call.callId)
      if (this.call.disposed()) return
      this.options.apply(view)
      if (view.state === 'ENDED') this.options.end(view.endReason ?? 'ENDED')
      this.call.changed()
    } catch (error) {
      this.call.log.warn('[call] could not read the call', error)
    }
  }

  stop(): void {
    this.call.timers.clearTimeout(this.namesTimer)
    this.namesTimer = undefined
  }
}
