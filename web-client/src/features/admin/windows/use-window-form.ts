import type { FormItemInstance, FormRules } from 'element-plus'
import { computed, nextTick, useTemplateRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { createWindow, updateWindow } from '@/api/admin'
import type { ServiceWindow } from '@/api/types'
import { required } from '../rules'
import { useAdminDialog } from '../use-admin-dialog'

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

function fromWindow({ name, siteId, departmentCode, comprehensive, enabled }: ServiceWindow): WindowForm {
  return { name, siteId, departmentCode, comprehensive, enabled }
}

function submit(form: WindowForm, existing: ServiceWindow | null): Promise<ServiceWindow> {
  const name = form.name.trim()
  const { comprehensive, enabled } = form
  const departmentCode = comprehensive ? null : form.departmentCode
  return existing
    ? updateWindow(existing.id, { name, departmentCode, comprehensive, enabled })
    : createWindow({ name, siteId: form.siteId as number, departmentCode, comprehensive })
}

export function useWindowForm(onSaved: () => void) {
  const { t } = useI18n()
  const dialog = useAdminDialog(blank(), {
    submit,
    messages: { created: 'admin.windows.created', updated: 'admin.windows.updated' },
    onSaved,
  })
  const { form } = dialog
  const departmentItem = useTemplateRef<FormItemInstance>('departmentItem')

  // A comprehensive window takes any matter, so it has no department.
  watch(
    () => form.comprehensive,
    (comprehensive) => {
      if (comprehensive) form.departmentCode = null
      void nextTick(() => departmentItem.value?.clearValidate())
    },
  )

  const rules = computed<FormRules>(() => ({
    name: [required(t), { max: 64, message: t('rules.tooLong'), trigger: 'blur' }],
    siteId: [{ required: true, message: t('rules.required'), trigger: 'change' }],
    departmentCode: [{ required: !form.comprehensive, message: t('rules.department'), trigger: 'change' }],
  }))

  function open(existing?: ServiceWindow): void {
    dialog.open(existing, existing ? fromWindow(existing) : blank())
  }

  return { ...dialog, rules, open }
}
