import { inject, onBeforeUnmount, onMounted, shallowRef, type InjectionKey } from 'vue'
import type { ParticipantRole } from '@/api/call-types'
import { createCallSession, takePreparedCall, type CallSession, type CallSnapshot } from '@/call'
import { showError, showInfo } from '@/composables/notify'
import { i18n } from '@/locales'
import { useSessionStore } from '@/stores/session'

export type CallSessionFactory = (callId: string, role: ParticipantRole, selfId: number) => CallSession

/** Tests provide their own sessions; the app uses the real browser one. */
export const CALL_SESSION_FACTORY: InjectionKey<CallSessionFactory> = Symbol('call-session-factory')

/**
 * One call session for the component's lifetime: started on mount, left and released on unmount.
 * The template reads the session's latest snapshot; problems become translated toasts.
 */
export function useCall(callId: string, role: ParticipantRole, onEnded: (reason: string) => void) {
  const me = useSessionStore().me
  const factory = inject(CALL_SESSION_FACTORY, createCallSession)
  // The desk may have started the call already, at the answer to 叫号.
  const call = takePreparedCall(callId) ?? factory(callId, role, me?.id ?? 0)
  const snapshot = shallowRef<CallSnapshot>(call.snapshot)
  const t = i18n.global.t

  call.events.on('change', (next) => (snapshot.value = next))
  call.events.on('problem', ({ problem }) => showError(t(`call.problem.${problem}`)))
  call.events.on('info', (info) => showInfo(`call.info.${info}`))
  call.events.on('ended', onEnded)

  onMounted(() => {
    // A call started ahead of this view may have ended before it showed.
    if (call.snapshot.phase === 'ended') onEnded(call.snapshot.endReason ?? 'ENDED')
    call.start().catch((error) => {
      console.warn('[call] could not start', error)
      showError(t('call.problem.join-failed'))
    })
  })
  onBeforeUnmount(() => call.dispose())

  return { call, snapshot }
}
