import { computed, inject, onBeforeUnmount, ref, watch, type InjectionKey } from 'vue'

/** The longest the case panel waits for a call that does not connect (the other side is slow to come). */
export const SET_UP_AT_MOST_MS = 1500

/** Tests that are not about the set-up provide 0 here. */
export const CALL_SET_UP_WAIT: InjectionKey<number> = Symbol('call-set-up-wait')

/**
 * Whether the call's set-up is over, so the heavy views beside it (the case form, its materials and
 * timeline) may render and load. Rendered at once they took the main thread and the network while
 * the call was joining and connecting, and the first frame came 200 ms later on this machine; a
 * tablet's slower CPU pays more. Over when the call panel says the call is connected (or ended),
 * or after {@link SET_UP_AT_MOST_MS}.
 */
export function useCallSetUp(callId: () => string | null) {
  const wait = inject(CALL_SET_UP_WAIT, SET_UP_AT_MOST_MS)
  const settled = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    callId,
    (id) => {
      clearTimeout(timer)
      if (id) timer = setTimeout(() => (settled.value = id), wait)
    },
    { immediate: true },
  )
  onBeforeUnmount(() => clearTimeout(timer))
  return {
    over: computed(() => callId() !== null && settled.value === callId()),
    settle(id: string): void {
      clearTimeout(timer)
      settled.value = id
    },
  }
}
