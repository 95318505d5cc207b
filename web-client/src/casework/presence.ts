import type { Role } from '@/api/types'
import type { CaseTimers } from './ports'

export interface PresenceEntry {
  userId: number
  displayName: string
  role: Role
  field: string
}

/** Who else is in which field of the form, from the `presence` broadcasts. */
export class PresenceBook {
  private readonly entries = new Map<number, PresenceEntry>()

  constructor(private readonly selfId: number) {}

  /** True when the list changed. */
  apply(message: { userId: number; displayName: string; role: Role; field: string | null }): boolean {
    if (message.userId === this.selfId) return false
    const current = this.entries.get(message.userId)
    if (message.field === null) return this.entries.delete(message.userId)
    if (current?.field === message.field) return false
    this.entries.set(message.userId, { userId: message.userId, displayName: message.displayName, role: message.role, field: message.field })
    return true
  }

  list(): PresenceEntry[] {
    return [...this.entries.values()]
  }

  clear(): void {
    this.entries.clear()
  }
}

/**
 * Tells the others which field this user is in. Leaving a field waits a moment, so moving from
 * one field to the next is one message, not a "left" and an "entered".
 */
export class PresenceSender {
  private field: string | null = null
  private sent: string | null | undefined
  private leaveTimer: unknown

  constructor(
    private readonly publish: (field: string | null) => boolean,
    private readonly timers: CaseTimers,
    private readonly leaveDelayMs = 250,
  ) {}

  get current(): string | null {
    return this.field
  }

  enter(field: string): void {
    this.cancelLeave()
    this.field = field
    this.send()
  }

  leave(field: string): void {
    if (this.field !== field) return
    this.cancelLeave()
    this.leaveTimer = this.timers.setTimeout(() => {
      this.leaveTimer = undefined
      this.field = null
      this.send()
    }, this.leaveDelayMs)
  }

  /** After a reconnection the server has forgotten us: say again where we are. */
  resend(): void {
    this.sent = undefined
    if (this.field !== null) this.send()
  }

  dispose(): void {
    this.cancelLeave()
    if (this.field !== null) this.publish(null)
    this.field = null
  }

  private send(): void {
    if (this.sent === this.field) return
    if (this.publish(this.field)) this.sent = this.field
  }

  private cancelLeave(): void {
    if (this.leaveTimer !== undefined) this.timers.clearTimeout(this.leaveTimer)
    this.leaveTimer = undefined
  }
}
