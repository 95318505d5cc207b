import type { FormRules } from 'element-plus'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { createUser, updateUser } from '@/api/admin'
import type { AdminUser, CreateUserRequest, Role, UpdateUserRequest } from '@/api/types'
import { password, pattern, PHONE_PATTERN, required, USERNAME_PATTERN } from '../rules'
import { useAdminDialog } from '../use-admin-dialog'

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

function submit(form: UserForm, user: AdminUser | null): Promise<AdminUser> {
  return user ? updateUser(user.id, toUpdateRequest(form)) : createUser(toCreateRequest(form))
}

export function useUserForm(onSaved: (user: AdminUser) => void) {
  const { t } = useI18n()
  const dialog = useAdminDialog(blank(), {
    submit,
    messages: { created: 'admin.users.created', updated: 'admin.users.updated' },
    onSaved,
  })

  const rules = computed<FormRules>(() => ({
    username: [required(t), pattern(USERNAME_PATTERN, t('rules.username'))],
    displayName: [required(t), { max: 64, message: t('rules.tooLong'), trigger: 'blur' }],
    phone: [pattern(PHONE_PATTERN, t('rules.phone'))],
    siteId: [{ required: true, message: t('rules.required'), trigger: 'change' }],
    roles: [{ type: 'array', required: true, min: 1, message: t('rules.roles'), trigger: 'change' }],
    password: password(t, dialog.editing.value !== null),
  }))

  function open(user?: AdminUser): void {
    dialog.open(user, user ? fromUser(user) : blank())
  }

  return { ...dialog, rules, open }
}
