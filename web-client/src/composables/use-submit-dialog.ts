import { reactive, ref, type UnwrapRef } from 'vue'
import { useFormErrors } from './use-form-errors'

/**
 * A small form dialog that hands its values to `submit`: fresh values on each opening, server
 * field errors beside their fields, closed only once `submit` succeeded.
 */
export function useSubmitDialog<T extends object>(initial: () => T, submit: (values: UnwrapRef<T>) => Promise<void>) {
  const visible = ref(false)
  const saving = ref(false)
  const form = reactive(initial())
  const { errors, clear, apply } = useFormErrors()

  function open(): void {
    Object.assign(form, initial())
    clear()
    visible.value = true
  }

  async function save(): Promise<void> {
    if (saving.value) return
    saving.value = true
    clear()
    try {
      await submit(form as UnwrapRef<T>)
      visible.value = false
    } catch (error) {
      apply(error)
    } finally {
      saving.value = false
    }
  }

  return { visible, saving, form, errors, open, save }
}
