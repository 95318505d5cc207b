import { patchForm } from '@/api/cases'
import { destinations, type RealtimeClient } from '@/realtime'
import type { CaseFormApi, CaseLivePort } from './ports'

/** The live form on the app's one STOMP connection. */
export function realtimeCasePort(client: RealtimeClient, caseId: number): CaseLivePort {
  return {
    get state() {
      return client.state
    },
    publish: (destination, body) => client.publish(destination, body),
    onMessage: (handler) => client.subscribe(destinations.caseEvents(caseId), handler),
    onError: (handler) => client.subscribe(destinations.caseErrors, handler),
    onState: (handler) => client.events.on('state', handler),
  }
}

export const httpCaseFormApi: CaseFormApi = { patchForm }
