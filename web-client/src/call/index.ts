import type { CallView, ParticipantRole } from '@/api/call-types'
import { destinations, realtime, sendDestinations } from '@/realtime'
import { httpCallApi } from './api-port'
import { browserFrameDeps, browserPlatform, browserRecorderDeps, warmCamera } from './browser-platform'
import { CallSession } from './call-session'
import { PreparedCalls } from './prepared-calls'
import { randomId } from './random-id'
import { realtimeSignaling } from './realtime-port'
import { CallSignalHub } from './signal-hub'

export type { CallPhase } from './call-state'
export { CALL_PHASES } from './call-state'
export type { CallInfo, CallProblem, CallSnapshot, PeerView } from './call-session'
export { CALL_INFOS, CALL_PROBLEMS, CallSession, END_REASONS } from './call-session'
export { QUALITY_LEVELS, type QualityLevel } from './quality'
export { MEDIA_FAILURES, type MediaFailure } from './local-media'

/** Opens the camera ahead of a call that is about to start (a called ticket, a 叫号 press). */
export function warmUpCamera(): void {
  warmCamera.warm()
}

/** Keeps the camera open while a call is likely any moment; see WarmCamera.hold. */
export function holdCamera(on: boolean): void {
  warmCamera.hold(on)
}

/** The held or warming camera, for a preview; null when none is open. */
export function cameraPreview(): Promise<MediaStream> | null {
  return warmCamera.preview()
}

export function coolDownCamera(): void {
  warmCamera.cool()
}

const signalHub = new CallSignalHub(
  (deliver) => realtime.subscribe(destinations.callSignals, deliver),
  () => performance.now(),
)

/**
 * Keeps this page's call signals coming, and kept for a session not started yet, until the returned
 * function is called: the desk holds them around 叫号, whose answer puts it in the call's room.
 */
export function holdCallSignals(): () => void {
  return signalHub.hold()
}

/** A join session for a call whose id is not known yet (sent with 叫号); see {@link prepareCall}. */
export function newJoinSession(): string {
  return randomId()
}

/** Join sessions per call for this page load: a remount (not a reload) is the same browser. */
const sessions = new Map<string, string>()

export function pageSession(callId: string): string {
  let session = sessions.get(callId)
  if (!session) {
    session = randomId()
    sessions.set(callId, session)
  }
  return session
}

/** A call session in this browser, wired to the real camera, WebRTC, HTTP API and STOMP. */
export function createCallSession(callId: string, role: ParticipantRole, selfId: number, joined?: CallView): CallSession {
  return new CallSession({
    callId,
    selfId: String(selfId),
    role,
    api: httpCallApi,
    signaling: realtimeSignaling(realtime, signalHub, callId),
    platform: browserPlatform(),
    signalDestination: sendDestinations.callSignal(callId),
    joinDestination: sendDestinations.callJoin(callId),
    session: pageSession(callId),
    joined,
    // Only the clerk's browser records the call.
    recorder: role === 'CLERK' ? browserRecorderDeps() : undefined,
    frames: browserFrameDeps(),
    page: globalThis.window,
  })
}

const prepared = new PreparedCalls()

/**
 * Starts the call now, before its view shows; the view's `takePreparedCall` gets it. `joined`: the
 * page already joined with this session (the answer to 叫号 carried the call).
 */
export function prepareCall(callId: string, role: ParticipantRole, selfId: number, joined?: { session: string; view: CallView }): void {
  if (joined && !sessions.has(callId)) sessions.set(callId, joined.session)
  const answer = joined && sessions.get(callId) === joined.session ? joined.view : undefined
  prepared.prepare(callId, () => createCallSession(callId, role, selfId, answer))
}

export function takePreparedCall(callId: string): CallSession | undefined {
  return prepared.take(callId)
}
