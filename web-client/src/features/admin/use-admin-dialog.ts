import { reactive, ref, shallowRef } from 'vue'
import { showSuccess } from '@/composables/notify'
import { useFormErrors } from '@/composables/use-form-errors'

export interface AdminDialogOptions<E, F, R> {
  /** Creates when `editing` is null, otherwise updates it. */
  submit: (form: F, editing: E | null) => Promise<R>
  /** i18n keys of the success toasts. */
  messages: { created: string; updated: string }
  onSaved: (result: R) => void
}

/** Open/save/close of a create-or-edit dialog; the form's checks run in FormDialog. */
export function useAdminDialog<E, F extends object, R>(initial: F, options: AdminDialogOptions<E, F, R>) {
  const visible = ref(false)
  const editing = shallowRef<E | null>(null)
  const form = reactive(initial) as F
  const saving = ref(false)
  const { errors, clear, apply } = useFormErrors()
  let saved: { result: R } | null = null

  function open(entity: E | undefined, values: F): void {
    editing.value = entity ?? null
    Object.assign(form, values)
    clear()
    visible.value = true
  }

  async function save(): Promise<void> {
    if (saving.value) return
    const entity = editing.value
    saving.value = true
    clear()
    try {
      saved = { result: await options.submit(form, entity) }
      visible.value = false
      showSuccess(entity ? options.messages.updated : options.messages.created)
    } catch (error) {
      apply(error)
    } finally {
      saving.value = false
    }
  }

  /** Tells the list only once the dialog has gone, so the refreshed table is never under its overlay. */
  function closed(): void {
    if (saved) options.onSaved(saved.result)
    saved = null
  }

  return { visible, editing, form, errors, saving, open, save, closed }
}
