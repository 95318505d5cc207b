import { inject, onBeforeUnmount, onMounted, shallowRef, type InjectionKey } from 'vue'
import type { ParticipantRole } from '@/api/call-types'
import { createCallSession, type CallSession, type CallSnapshot } from '@/call'
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
  const call = factory(callId, role, me?.id ?? 0)
  const snapshot = shallowRef<CallSnapshot>(call.snapshot)
  const t = i18n.global.t

  call.events.on('change', (next) => (snapshot.value = next))
  call.events.on('problem', ({ problem }) => showError(t(`call.problem.${problem}`)))
  call.events.on('info', (info) => showInfo(`call.info.${info}`))
  call.events.on('ended', onEnded)

  onMounted(() => {
    call.start().catch((error) => {
      console.warn('[call] could not start', error)
      showError(t('call.problem.join-failed'))
    })
  })
  onBeforeUnmount(() => call.dispose())

  return { call, snapshot }
}
