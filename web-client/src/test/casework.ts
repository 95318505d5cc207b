// Test doubles of the live-form ports: a broker held by hand and a recorded REST API.
import type { CaseSendError, FieldValue, FormData, LiveCaseMessage } from '@/api/case-types'
import type { ConnectionState } from '@/realtime/events'
import type { CaseFormApi, CaseLivePort } from '@/casework/ports'

export class FakeCasePort implements CaseLivePort {
  state: ConnectionState = 'connected'
  readonly published: { destination: string; body: Record<string, unknown> }[] = []
  private readonly messageHandlers = new Set<(message: LiveCaseMessage | { type: string }) => void>()
  private readonly errorHandlers = new Set<(error: CaseSendError) => void>()
  private readonly stateHandlers = new Set<(state: ConnectionState) => void>()

  publish(destination: string, body: unknown): boolean {
    if (this.state !== 'connected') return false
    this.published.push({ destination, body: body as Record<string, unknown> })
    return true
  }

  onMessage(handler: (message: LiveCaseMessage | { type: string }) => void): () => void {
    this.messageHandlers.add(handler)
    return () => this.messageHandlers.delete(handler)
  }

  onError(handler: (error: CaseSendError) => void): () => void {
    this.errorHandlers.add(handler)
    return () => this.errorHandlers.delete(handler)
  }

  onState(handler: (state: ConnectionState) => void): () => void {
    this.stateHandlers.add(handler)
    return () => this.stateHandlers.delete(handler)
  }

  deliver(message: LiveCaseMessage | { type: string }): void {
    this.messageHandlers.forEach((handler) => handler(message))
  }

  refuse(error: CaseSendError): void {
    this.errorHandlers.forEach((handler) => handler(error))
  }

  setState(state: ConnectionState): void {
    this.state = state
    this.stateHandlers.forEach((handler) => handler(state))
  }

  /** Sends to one destination, bodies only. */
  sent(suffix: string): Record<string, unknown>[] {
    return this.published.filter((p) => p.destination.endsWith(suffix)).map((p) => p.body)
  }

  get listeners(): number {
    return this.messageHandlers.size + this.errorHandlers.size + this.stateHandlers.size
  }
}

export class FakeFormApi implements CaseFormApi {
  readonly patches: Record<string, FieldValue>[] = []
  answer: (values: Record<string, FieldValue>) => Promise<FormData> = async (values) =>
    Object.fromEntries(Object.entries(values).map(([field, value]) => [field, { value, version: 99, by: 1, at: '2026-11-22T02:00:00Z' }]))

  patchForm(_caseId: number, values: Record<string, FieldValue>): Promise<FormData> {
    this.patches.push(values)
    return this.answer(values)
  }
}
