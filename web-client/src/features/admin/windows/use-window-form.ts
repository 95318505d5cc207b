import type { FormInstance, FormRules } from 'element-plus'
import { computed, nextTick, reactive, ref, useTemplateRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { createWindow, updateWindow } from '@/api/admin'
import type { ServiceWindow } from '@/api/types'
import { showSuccess } from '@/composables/notify'
import { useFormErrors } from '@/composables/use-form-errors'
import { required } from '../rules'

interface WindowForm {
  name: string
  siteId: number | null
  departmentCode: string | null
  comprehensive: boolean
  enabled: boolean
}

function blank(): WindowForm {
  return { name: '', siteId: null, departmentCode: null, comprehensive: false, enabled: true }
}

export function useWindowForm(onSaved: () => void) {
  const { t } = useI18n()
  const visible = ref(false)
  const editing = ref<ServiceWindow | null>(null)
  const formRef = useTemplateRef<FormInstance>('formRef')
  const form = reactive<WindowForm>(blank())
  const saving = ref(false)
  const saved = ref(false)
  const { errors, clear, apply } = useFormErrors()

  // A comprehensive window takes any matter, so it has no department.
  watch(
    () => form.comprehensive,
    (comprehensive) => {
      if (comprehensive) form.departmentCode = null
      void nextTick(() => formRef.value?.clearValidate('departmentCode'))
    },
  )

  const rules = computed<FormRules>(() => ({
    name: [required(t), { max: 64, message: t('rules.tooLong'), trigger: 'blur' }],
    siteId: [{ required: true, message: t('rules.required'), trigger: 'change' }],
    departmentCode: [{ required: !form.comprehensive, message: t('rules.department'), trigger: 'change' }],
  }))

  function open(existing?: ServiceWindow): void {
    editing.value = existing ?? null
    if (existing) {
      const { name, siteId, departmentCode, comprehensive, enabled } = existing
      Object.assign(form, { name, siteId, departmentCode, comprehensive, enabled })
    } else {
      Object.assign(form, blank())
    }
    clear()
    visible.value = true
    void nextTick(() => formRef.value?.clearValidate())
  }

  async function save(): Promise<void> {
    if (saving.value || !(await formRef.value?.validate().catch(() => false))) return
    saving.value = true
    clear()
    const existing = editing.value
    const name = form.name.trim()
    const departmentCode = form.comprehensive ? null : form.departmentCode
    try {
      if (existing) {
        await updateWindow(existing.id, { name, departmentCode, comprehensive: form.comprehensive, enabled: form.enabled })
      } else {
        await createWindow({ name, siteId: form.siteId as number, departmentCode, comprehensive: form.comprehensive })
      }
      saved.value = true
      visible.value = false
      showSuccess(existing ? 'admin.windows.updated' : 'admin.windows.created')
    } catch (error) {
      apply(error)
    } finally {
      saving.value = false
    }
  }

  /** Tells the list only once the dialog has gone, so the refreshed table is never under its overlay. */
  function closed(): void {
    if (saved.value) onSaved()
    saved.value = false
  }

  return { visible, editing, form, rules, errors, saving, open, save, closed }
}
