import { onMounted, ref, shallowRef, type Ref } from 'vue'
import { showProblem } from './notify'

/** Loads data when the component mounts and keeps loading/failed flags for the template. */
export function useLoad<T>(fetcher: () => Promise<T>, initial: T) {
  const data = shallowRef(initial) as Ref<T>
  const loading = ref(false)
  const failed = ref(false)

  async function reload(): Promise<void> {
    loading.value = true
    failed.value = false
    try {
      data.value = await fetcher()
    } catch (error) {
      failed.value = true
      showProblem(error)
    } finally {
      loading.value = false
    }
  }

  onMounted(reload)
  return { data, loading, failed, reload }
}
