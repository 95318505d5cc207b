import type { FormInstance, FormRules } from 'element-plus'
import { computed, nextTick, reactive, ref, useTemplateRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { createUser, updateUser } from '@/api/admin'
import type { AdminUser, CreateUserRequest, Role, UpdateUserRequest } from '@/api/types'
import { showSuccess } from '@/composables/notify'
import { useFormErrors } from '@/composables/use-form-errors'
import { password, pattern, PHONE_PATTERN, required, USERNAME_PATTERN } from '../rules'

export interface UserForm {
  username: string
  displayName: string
  phone: string
  siteId: number | null
  roles: Role[]
  password: string
  enabled: boolean
}

function blank(): UserForm {
  return { username: '', displayName: '', phone: '', siteId: null, roles: [], password: '', enabled: true }
}

function fromUser(user: AdminUser): UserForm {
  // The list only carries the masked phone, so the field starts empty and empty keeps it.
  const { username, displayName, siteId, roles, enabled } = user
  return { username, displayName, phone: '', siteId, roles: [...roles], password: '', enabled }
}

export function toCreateRequest(form: UserForm): CreateUserRequest {
  return {
    username: form.username.trim(),
    displayName: form.displayName.trim(),
    phone: form.phone.trim() || undefined,
    siteId: form.siteId as number,
    roles: form.roles,
    password: form.password,
    enabled: form.enabled,
  }
}

export function toUpdateRequest(form: UserForm): UpdateUserRequest {
  return {
    displayName: form.displayName.trim(),
    phone: form.phone.trim() || undefined,
    siteId: form.siteId as number,
    roles: form.roles,
    enabled: form.enabled,
    password: form.password || undefined,
  }
}

export function useUserForm(onSaved: (user: AdminUser) => void) {
  const { t } = useI18n()
  const visible = ref(false)
  const editing = ref<AdminUser | null>(null)
  const formRef = useTemplateRef<FormInstance>('formRef')
  const form = reactive<UserForm>(blank())
  const saving = ref(false)
  const saved = ref<AdminUser | null>(null)
  const { errors, clear, apply } = useFormErrors()

  const rules = computed<FormRules>(() => ({
    username: [required(t), pattern(USERNAME_PATTERN, t('rules.username'))],
    displayName: [required(t), { max: 64, message: t('rules.tooLong'), trigger: 'blur' }],
    phone: [pattern(PHONE_PATTERN, t('rules.phone'))],
    siteId: [{ required: true, message: t('rules.required'), trigger: 'change' }],
    roles: [{ type: 'array', required: true, min: 1, message: t('rules.roles'), trigger: 'change' }],
    password: password(t, editing.value !== null),
  }))

  function open(user?: AdminUser): void {
    editing.value = user ?? null
    Object.assign(form, user ? fromUser(user) : blank())
    clear()
    visible.value = true
    void nextTick(() => formRef.value?.clearValidate())
  }

  async function save(): Promise<void> {
    if (saving.value || !(await formRef.value?.validate().catch(() => false))) return
    saving.value = true
    clear()
    try {
      const user = editing.value
      saved.value = user ? await updateUser(user.id, toUpdateRequest(form)) : await createUser(toCreateRequest(form))
      visible.value = false
      showSuccess(user ? 'admin.users.updated' : 'admin.users.created')
    } catch (error) {
      apply(error)
    } finally {
      saving.value = false
    }
  }

  /** Tells the list only once the dialog has gone, so the refreshed table is never under its overlay. */
  function closed(): void {
    if (saved.value) onSaved(saved.value)
    saved.value = null
  }

  return { visible, editing, form, rules, errors, saving, open, save, closed }
}
