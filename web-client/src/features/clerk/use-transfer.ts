import type { FormRules } from 'element-plus'
import { computed, reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchWindows } from '@/api/directory'
import { fetchMatter } from '@/api/matters'
import { transferTicket } from '@/api/tickets'
import type { ServiceWindow } from '@/api/types'
import { showProblem, showSuccess } from '@/composables/notify'
import { useFormErrors } from '@/composables/use-form-errors'
import { required } from '@/utils/form-rules'
import { transferTargets } from './transfer-targets'
import { useDesk } from './use-desk'

export function useTransfer() {
  const { t } = useI18n()
  const desk = useDesk()
  const visible = ref(false)
  const saving = ref(false)
  const form = reactive({ windowId: null as number | null, reason: '' })
  const { errors, clear, apply } = useFormErrors()
  const windows = shallowRef<ServiceWindow[]>([])
  const department = ref<string | null>(null)

  const targets = computed(() => transferTargets(windows.value, department.value, desk.active?.windowId))
  const rules = computed<FormRules>(() => ({
    windowId: [{ required: true, message: t('transfer.chooseWindow'), trigger: 'change' }],
    reason: [required(t), { max: 500, message: t('rules.tooLong'), trigger: 'blur' }],
  }))

  async function open(): Promise<void> {
    const ticket = desk.active
    if (!ticket) return
    Object.assign(form, { windowId: null, reason: '' })
    clear()
    visible.value = true
    try {
      // The matter only marks the windows that can take it; without it the list is still usable.
      const [all, matter] = await Promise.all([fetchWindows(), fetchMatter(ticket.matterCode).catch(() => null)])
      windows.value = all
      department.value = matter?.departmentCode ?? null
    } catch (error) {
      showProblem(error)
    }
  }

  async function save(): Promise<void> {
    const ticket = desk.active
    if (!ticket || saving.value || form.windowId === null) return
    saving.value = true
    clear()
    try {
      await transferTicket(ticket.id, { windowId: form.windowId, reason: form.reason.trim() })
      desk.setActive(null)
      visible.value = false
      showSuccess('transfer.done')
    } catch (error) {
      apply(error)
    } finally {
      saving.value = false
    }
  }

  return { visible, saving, form, errors, rules, targets, open, save }
}
