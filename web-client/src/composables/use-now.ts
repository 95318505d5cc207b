import { onMounted, onUnmounted, ref } from 'vue'

/** The current time, refreshed every minute: screens stay open across midnight. */
export function useNow(intervalMs = 60_000) {
  const now = ref(new Date())
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    timer = setInterval(() => (now.value = new Date()), intervalMs)
  })
  onUnmounted(() => clearInterval(timer))
  return now
}
