import { ref } from 'vue'
import { showProblem, showSuccess } from './notify'

/** One action at a time with a busy flag; failures become translated toasts. */
export function useBusy() {
  const busy = ref(false)

  /** Runs `action` unless one is running; true when it succeeded. */
  async function run(action: () => Promise<unknown>, successKey?: string): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    try {
      await action()
      if (successKey) showSuccess(successKey)
      return true
    } catch (error) {
      showProblem(error)
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}
