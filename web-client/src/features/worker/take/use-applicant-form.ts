import type { FormInstance, FormRules } from 'element-plus'
import { computed, reactive, ref, useTemplateRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { MatterSummary, NewTicketRequest, Ticket } from '@/api/queue-types'
import { takeTicket } from '@/api/tickets'
import { useFormErrors } from '@/composables/use-form-errors'
import { check, PHONE_PATTERN, pattern, required } from '@/utils/form-rules'
import { hasIdNumberShape, isValidIdNumber, normalizeIdNumber } from '@/utils/id-number'

export interface ApplicantForm {
  name: string
  idNumber: string
  phone: string
  priority: boolean
}

export function toTicketRequest(matterCode: string, form: ApplicantForm): NewTicketRequest {
  return {
    matterCode,
    applicant: { name: form.name.trim(), idNumber: normalizeIdNumber(form.idNumber), phone: form.phone.trim() },
    priority: form.priority,
  }
}

export function useApplicantForm(matter: () => MatterSummary, onTaken: (ticket: Ticket) => void) {
  const { t } = useI18n()
  const formRef = useTemplateRef<FormInstance>('formRef')
  const form = reactive<ApplicantForm>({ name: '', idNumber: '', phone: '', priority: false })
  // Server field names (applicant.idNumber, …) → messages shown under the fields.
  const { errors, clear, apply } = useFormErrors()
  const submitting = ref(false)

  const rules = computed<FormRules>(() => ({
    name: [required(t), { max: 50, message: t('rules.tooLong'), trigger: 'blur' }],
    idNumber: [required(t), check(hasIdNumberShape, t('rules.idNumber')), check(isValidIdNumber, t('rules.idChecksum'))],
    phone: [required(t), pattern(PHONE_PATTERN, t('rules.phone'))],
  }))

  async function submit(): Promise<void> {
    if (submitting.value || !(await formRef.value?.validate().catch(() => false))) return
    submitting.value = true
    clear()
    try {
      onTaken(await takeTicket(toTicketRequest(matter().code, form)))
    } catch (error) {
      apply(error)
    } finally {
      submitting.value = false
    }
  }

  return { form, rules, errors, submitting, submit }
}
