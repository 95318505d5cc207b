import type { CaseField, CaseSendError, FormData, FormEntry, LiveCaseMessage } from '@/api/case-types'
import type { ConnectionState } from '@/realtime/events'
import { Emitter } from '@/realtime/events'
import { sendDestinations } from '@/realtime/destinations'
import { checkField, toText, toWire } from './field-rules'
import type { FieldView, Highlight, LiveFormEvents, LiveFormSnapshot } from './live-form-types'
import { browserCaseTimers, type CaseFormApi, type CaseLivePort, type CaseTimers } from './ports'
import { PresenceBook, PresenceSender } from './presence'

/** Keystrokes are gathered this long before they go, so the other side sees them within 300 ms. */
export const SEND_DELAY_MS = 150
/** How long an overwritten field flashes, and a highlighted one pulses. */
export const FLASH_MS = 1500
export const HIGHLIGHT_MS = 6000

interface Slot extends FieldView {
  field: CaseField
  /** Typed but not sent: waiting for the send delay or for the connection. */
  pending: boolean
  /** Sent and not yet echoed by the server. */
  inFlight: number
  timer?: unknown
  flashTimer?: unknown
}

export interface LiveFormOptions {
  caseId: number
  selfId: number
  port: CaseLivePort
  api: CaseFormApi
  timers?: CaseTimers
}

/**
 * The live case form: one slot per field with the server's version of its value. Local typing is
 * checked and sent a little later; a broadcast is applied only when its version is newer than the
 * one held, and flashes the field when it replaces what this user typed. After a reconnection the
 * owner re-reads the case (`merge`) and what could not go is sent again.
 */
export class LiveForm {
  readonly events = new Emitter<LiveFormEvents>()
  private readonly slots = new Map<string, Slot>()
  private readonly presence: PresenceBook
  private readonly presenceSender: PresenceSender
  private readonly timers: CaseTimers
  private readonly offs: (() => void)[]
  private highlighted: Highlight | null = null
  private highlightTimer: unknown
  private lastState: ConnectionState
  private current: LiveFormSnapshot = { fields: {}, presence: [], highlighted: null }

  constructor(private readonly options: LiveFormOptions) {
    this.timers = options.timers ?? browserCaseTimers
    this.presence = new PresenceBook(options.selfId)
    this.presenceSender = new PresenceSender(
      (field) => options.port.publish(sendDestinations.casePresence(options.caseId), { field }),
      this.timers,
    )
    this.lastState = options.port.state
    this.offs = [
      options.port.onMessage((message) => this.onMessage(message)),
      options.port.onError((error) => this.onError(error)),
      options.port.onState((state) => this.onState(state)),
    ]
  }

  get snapshot(): LiveFormSnapshot {
    return this.current
  }

  /** The schema and stored values of a (re-)read case; typing not yet sent is kept. */
  load(fields: readonly CaseField[], form: FormData): void {
    for (const field of fields) {
      const slot = this.slots.get(field.name)
      if (slot) slot.field = field
      else this.slots.set(field.name, this.newSlot(field))
    }
    for (const name of [...this.slots.keys()]) if (!fields.some((field) => field.name === name)) this.drop(name)
    this.merge(form)
  }

  /** Stored values from a REST answer: each applied when newer than what is held. */
  merge(form: FormData): void {
    for (const [name, entry] of Object.entries(form)) {
      const slot = this.slots.get(name)
      if (slot && entry.version > slot.version && !slot.pending) this.store(slot, entry)
    }
    this.publishSnapshot()
  }

  input(name: string, text: string): void {
    const slot = this.slots.get(name)
    if (!slot) return
    slot.text = text
    slot.fault = checkField(slot.field, text)
    slot.refusal = null
    slot.pending = true
    slot.dirty = true
    slot.timer ??= this.timers.setTimeout(() => {
      slot.timer = undefined
      this.send(slot)
      this.publishSnapshot()
    }, SEND_DELAY_MS)
    this.publishSnapshot()
  }

  focus(name: string): void {
    this.presenceSender.enter(name)
    if (this.highlighted?.field === name) this.clearHighlight()
  }

  blur(name: string): void {
    this.presenceSender.leave(name)
    const slot = this.slots.get(name)
    if (slot && !slot.touched) {
      slot.touched = true
      this.publishSnapshot()
    }
  }

  /** The clerk draws the other side's eye to a field. */
  highlight(name: string, note?: string): boolean {
    return this.options.port.publish(sendDestinations.caseHighlight(this.options.caseId), { field: name, note })
  }

  /** Shows every fault (before submitting); true when every field may be stored as it is. */
  touchAll(): boolean {
    for (const slot of this.slots.values()) slot.touched = true
    this.publishSnapshot()
    return [...this.slots.values()].every((slot) => !slot.fault)
  }

  /**
   * Stores whatever is not yet stored through REST and waits for the answer, so a transition
   * that follows sees it. A 422 answer is thrown for the caller to show per field.
   */
  async save(): Promise<void> {
    const unsaved = [...this.slots.values()].filter((slot) => (slot.pending || slot.inFlight > 0) && !slot.fault)
    if (!unsaved.length) return
    const values = Object.fromEntries(unsaved.map((slot) => [slot.field.name, toWire(slot.field, slot.text)]))
    for (const slot of unsaved) this.cancelSend(slot)
    try {
      const form = await this.options.api.patchForm(this.options.caseId, values)
      for (const slot of unsaved) slot.inFlight = 0
      for (const [name, entry] of Object.entries(form)) {
        const slot = this.slots.get(name)
        if (slot && entry.version >= slot.version && !slot.pending) this.store(slot, entry)
      }
    } catch (error) {
      for (const slot of unsaved) slot.pending = true
      throw error
    } finally {
      this.publishSnapshot()
    }
  }

  dispose(): void {
    for (const slot of this.slots.values()) this.cancelTimers(slot)
    if (this.highlightTimer !== undefined) this.timers.clearTimeout(this.highlightTimer)
    this.presenceSender.dispose()
    this.offs.forEach((off) => off())
  }

  private newSlot(field: CaseField): Slot {
    return { field, text: '', version: 0, by: null, at: null, dirty: false, fault: checkField(field, ''), touched: false, refusal: null, flashing: false, pending: false, inFlight: 0 }
  }

  private drop(name: string): void {
    const slot = this.slots.get(name)
    if (slot) this.cancelTimers(slot)
    this.slots.delete(name)
  }

  private store(slot: Slot, entry: Pick<FormEntry, 'value' | 'version' | 'by' | 'at'>): void {
    slot.text = toText(entry.value)
    slot.version = entry.version
    slot.by = entry.by
    slot.at = entry.at
    slot.fault = checkField(slot.field, slot.text)
    slot.refusal = null
    slot.dirty = false
  }

  private send(slot: Slot): void {
    if (!slot.pending || slot.fault) return
    const body = { field: slot.field.name, value: toWire(slot.field, slot.text), baseVersion: slot.version }
    if (!this.options.port.publish(sendDestinations.caseForm(this.options.caseId), body)) return
    slot.pending = false
    slot.inFlight += 1
  }

  private onMessage(message: LiveCaseMessage | { type: string }): void {
    const typed = message as LiveCaseMessage
    if (typed.type === 'field') this.onField(typed)
    else if (typed.type === 'presence') {
      if (this.presence.apply(typed)) this.publishSnapshot()
    } else if (typed.type === 'highlight') this.onHighlight(typed)
    else this.events.emit('message', message)
  }

  private onField(message: Extract<LiveCaseMessage, { type: 'field' }>): void {
    const slot = this.slots.get(message.field)
    if (!slot) {
      // A field of a matter added a moment ago: the owner re-reads the schema.
      this.events.emit('message', { type: 'matters' })
      return
    }
    const mine = message.by === this.options.selfId
    if (mine) slot.inFlight = Math.max(0, slot.inFlight - 1)
    if (message.version <= slot.version) return this.publishSnapshot()
    if (mine) {
      slot.version = message.version
      slot.by = message.by
      slot.at = message.at
      // Only the echo of the latest send may replace the input (normalised, e.g. an upper-case X).
      if (!slot.pending && slot.inFlight === 0) this.store(slot, message)
    } else {
      const overwrote = slot.dirty && slot.text !== toText(message.value)
      this.cancelSend(slot)
      this.store(slot, message)
      if (overwrote) this.flash(slot)
    }
    this.publishSnapshot()
  }

  private onHighlight(message: Extract<LiveCaseMessage, { type: 'highlight' }>): void {
    if (!this.slots.has(message.field)) return
    const highlight = { field: message.field, by: message.by, note: message.note ?? null }
    if (message.by === this.options.selfId) return
    this.highlighted = highlight
    if (this.highlightTimer !== undefined) this.timers.clearTimeout(this.highlightTimer)
    this.highlightTimer = this.timers.setTimeout(() => this.clearHighlight(), HIGHLIGHT_MS)
    this.publishSnapshot()
    this.events.emit('highlight', highlight)
  }

  private onError(error: CaseSendError): void {
    if (error.caseId !== undefined && error.caseId !== this.options.caseId) return
    const slot = error.field ? this.slots.get(error.field) : undefined
    if (!slot) {
      if (error.caseId === this.options.caseId) this.events.emit('refused', error)
      return
    }
    slot.inFlight = Math.max(0, slot.inFlight - 1)
    slot.refusal = { code: error.code, message: error.message }
    slot.touched = true
    this.publishSnapshot()
  }

  private onState(state: ConnectionState): void {
    const was = this.lastState
    this.lastState = state
    if (state !== 'connected' && was === 'connected') {
      // Sends of a dropped link may never have arrived: they go again once it is back.
      for (const slot of this.slots.values()) {
        if (slot.inFlight > 0) slot.pending = true
        slot.inFlight = 0
      }
      this.presence.clear()
      this.publishSnapshot()
    }
    if (state === 'connected' && was !== 'connected') {
      this.presenceSender.resend()
      for (const slot of this.slots.values()) this.send(slot)
      this.publishSnapshot()
    }
  }

  private flash(slot: Slot): void {
    slot.flashing = true
    if (slot.flashTimer !== undefined) this.timers.clearTimeout(slot.flashTimer)
    slot.flashTimer = this.timers.setTimeout(() => {
      slot.flashTimer = undefined
      slot.flashing = false
      this.publishSnapshot()
    }, FLASH_MS)
  }

  private clearHighlight(): void {
    if (this.highlightTimer !== undefined) this.timers.clearTimeout(this.highlightTimer)
    this.highlightTimer = undefined
    if (!this.highlighted) return
    this.highlighted = null
    this.publishSnapshot()
  }

  private cancelSend(slot: Slot): void {
    if (slot.timer !== undefined) this.timers.clearTimeout(slot.timer)
    slot.timer = undefined
    slot.pending = false
  }

  private cancelTimers(slot: Slot): void {
    this.cancelSend(slot)
    if (slot.flashTimer !== undefined) this.timers.clearTimeout(slot.flashTimer)
  }

  private publishSnapshot(): void {
    const fields: Record<string, FieldView> = {}
    for (const [name, slot] of this.slots) {
      const { text, version, by, at, fault, touched, refusal, flashing } = slot
      // A new object per field: the snapshot is handed to views as it is.
      fields[name] = { text, version, by, at, fault, touched, refusal, flashing, dirty: slot.dirty }
    }
    this.current = { fields, presence: this.presence.list(), highlighted: this.highlighted }
    this.events.emit('change', this.current)
  }
}
