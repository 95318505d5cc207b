import type { FormRules } from 'element-plus'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { createUser, updateUser } from '@/api/admin'
import type { AdminUser, CreateUserRequest, Role, UpdateUserRequest } from '@/api/types'
import { password, pattern, PHONE_PATTERN, required, USERNAME_PATTERN } from '../rules'
import { useAdminDialog } from '../use-admin-dialog'
import { useClerkWindows } from './use-clerk-windows'

export interface UserForm {
  username: string
  displayName: string
  phone: string
  siteId: number | null
  roles: Role[]
  password: string
  enabled: boolean
  /** The windows a clerk may go on duty at; saved apart from the user. */
  windowIds: number[]
}

function blank(): UserForm {
  return { username: '', displayName: '', phone: '', siteId: null, roles: [], password: '', enabled: true, windowIds: [] }
}

function fromUser(user: AdminUser): UserForm {
  // The list only carries the masked phone, so the field starts empty and empty keeps it.
  const { username, displayName, siteId, roles, enabled } = user
  return { username, displayName, phone: '', siteId, roles: [...roles], password: '', enabled, windowIds: [] }
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

export function isClerk(roles: readonly Role[]): boolean {
  return roles.includes('CLERK')
}

export function useUserForm(onSaved: (user: AdminUser) => void) {
  const { t } = useI18n()
  const dialog = useAdminDialog<AdminUser, UserForm, AdminUser>(blank(), {
    submit,
    messages: { created: 'admin.users.created', updated: 'admin.users.updated' },
    onSaved,
  })
  const clerkWindows = useClerkWindows(dialog.form)

  // The windows need the user's id, so they follow the user: a new one's comes from the POST.
  async function submit(form: UserForm, user: AdminUser | null): Promise<AdminUser> {
    const saved = user ? await updateUser(user.id, toUpdateRequest(form)) : await createUser(toCreateRequest(form))
    if (!isClerk(form.roles)) return saved
    try {
      await clerkWindows.save(saved.id)
    } catch (error) {
      // The user exists now: saving again must update it, not create it a second time.
      dialog.editing.value = saved
      throw error
    }
    return saved
  }

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
    void clerkWindows.load(user && isClerk(user.roles) ? user.id : undefined)
  }

  return { ...dialog, rules, open, clerkWindows }
}
