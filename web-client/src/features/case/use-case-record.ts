import { computed, inject, onScopeDispose, provide, reactive, ref, shallowRef, type InjectionKey, type Ref, type ShallowRef } from 'vue'
import type { CaseView } from '@/api/case-types'
import { fetchCaseView } from '@/api/cases'
import { createLiveForm, type LiveForm, type LiveFormSnapshot } from '@/casework'
import { showError, showProblem } from '@/composables/notify'
import { useConnectionState } from '@/composables/use-subscription'
import { useSessionStore } from '@/stores/session'
import { refusalText } from './field-message'

export type LiveFormFactory = (caseId: number, selfId: number) => LiveForm

/** Tests provide forms on fake ports; the app uses the real STOMP connection. */
export const LIVE_FORM_FACTORY: InjectionKey<LiveFormFactory> = Symbol('live-form-factory')

export interface CaseRecordContext {
  caseId: number
  role: 'worker' | 'clerk'
  view: ShallowRef<CaseView | null>
  snapshot: ShallowRef<LiveFormSnapshot>
  form: LiveForm
  loading: Ref<boolean>
  failed: Ref<boolean>
  /** Bumped when the timeline has news, so it reads itself again. */
  timelineTick: Ref<number>
  editable: Ref<boolean>
  /** The server's messages per field from a refused save or submit (422 problem). */
  fieldErrors: Record<string, string>
  reload: () => Promise<void>
  apply: (view: CaseView) => void
}

const CASE_RECORD: InjectionKey<CaseRecordContext> = Symbol('case-record')

/**
 * One case for a workspace: its view from the server, kept fresh by the live topic (a state,
 * matters or signature message re-reads it, for the actions of this user), and its live form.
 * Provided to the workspace's parts.
 */
export function provideCaseRecord(caseId: number, role: 'worker' | 'clerk'): CaseRecordContext {
  const session = useSessionStore()
  const factory = inject(LIVE_FORM_FACTORY, createLiveForm)
  const form = factory(caseId, session.me?.id ?? 0)
  const view = shallowRef<CaseView | null>(null)
  const snapshot = shallowRef(form.snapshot)
  const loading = ref(false)
  const failed = ref(false)
  const timelineTick = ref(0)
  const fieldErrors = reactive<Record<string, string>>({})
  const editable = computed(() => view.value?.state === 'DRAFT' || view.value?.state === 'SUPPLEMENT_REQUESTED')

  function apply(next: CaseView): void {
    if (next.id !== caseId) return
    view.value = next
    form.load(next.fields, next.form)
    timelineTick.value += 1
  }

  async function reload(): Promise<void> {
    loading.value = true
    failed.value = false
    try {
      apply(await fetchCaseView(caseId))
    } catch (error) {
      failed.value = true
      showProblem(error)
    } finally {
      loading.value = false
    }
  }

  form.events.on('change', (next) => (snapshot.value = next))
  form.events.on('refused', (error) => showError(refusalText(error)))
  form.events.on('message', (message) => {
    if (message.type === 'timeline') timelineTick.value += 1
    else if (['state', 'matters', 'signature'].includes(message.type)) void reload()
  })
  // Messages sent while the link was down are lost: read the case again (not on the first connection,
  // which the first read below already covers).
  let connectedBefore = false
  useConnectionState({
    onConnected: () => {
      if (connectedBefore) void reload()
      connectedBefore = true
    },
  })
  onScopeDispose(() => form.dispose())
  void reload()

  const context: CaseRecordContext = { caseId, role, view, snapshot, form, loading, failed, timelineTick, editable, fieldErrors, reload, apply }
  provide(CASE_RECORD, context)
  return context
}

export function useCaseRecord(): CaseRecordContext {
  const context = inject(CASE_RECORD)
  if (!context) throw new Error('useCaseRecord outside a case workspace')
  return context
}
