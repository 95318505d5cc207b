import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as adminApi from '@/api/admin'
import type { AdminUser, SiteNode } from '@/api/types'
import { i18n, setLocale } from '@/locales'
import { fieldError, query, settle, type, validationFailure } from '@/test/dom'
import UserDialog from './UserDialog.vue'

vi.mock('@/api/admin', () => ({ createUser: vi.fn(), updateUser: vi.fn() }))
enableAutoUnmount(afterEach)

const sites: SiteNode[] = [
  { id: 1, code: 'HS', name: '海曙区云办中心', tier: 'DISTRICT', parentId: null, enabled: true, children: [] },
]

async function openDialog(user?: AdminUser) {
  const wrapper = mount(UserDialog, { props: { sites }, global: { plugins: [i18n] }, attachTo: document.body })
  wrapper.vm.open(user)
  await flushPromises()
  return wrapper
}

describe('UserDialog', () => {
  beforeEach(() => {
    setLocale('zh-CN')
    vi.mocked(adminApi.createUser).mockReset()
  })

  it('puts the test ids on native inputs and one clickable box per role', async () => {
    await openDialog()
    for (const id of ['user-username', 'user-display-name', 'user-phone', 'user-password']) {
      expect(query(`[data-testid=${id}]`).tagName, id).toBe('INPUT')
    }
    const admin = query('[data-testid=user-role-ADMIN]')
    expect(admin.tagName).toBe('LABEL')
    expect(admin.querySelector('input[type=checkbox]')).not.toBeNull()
    expect(query('[data-testid=user-site]').classList).toContain('el-select')
  })

  it('checks the username and password on the client before sending', async () => {
    await openDialog()
    await type('[data-testid=user-username]', 'Bad Name')
    await type('[data-testid=user-password]', 'short')
    query('[data-testid=user-save]').click()
    await settle()
    expect(adminApi.createUser).not.toHaveBeenCalled()
    expect(fieldError('user-username')).toBe(i18n.global.t('rules.username'))
    expect(fieldError('user-password')).toBe(i18n.global.t('rules.password'))
  })

  it('opens again without the checks its last use showed', async () => {
    const wrapper = await openDialog()
    query('[data-testid=user-save]').click()
    await settle()
    expect(fieldError('user-username')).toBe(i18n.global.t('rules.required'))

    query<HTMLButtonElement>('[data-testid=user-dialog] .el-dialog__footer button').click()
    await settle()
    wrapper.vm.open()
    await settle()
    expect(fieldError('user-username')).toBeFalsy()
  })

  it('shows server validation errors next to their fields', async () => {
    vi.mocked(adminApi.createUser).mockRejectedValue(validationFailure(['username', 'duplicate'], ['phone', 'Pattern']))

    await openDialog()
    await type('[data-testid=user-username]', 'new.clerk')
    await type('[data-testid=user-display-name]', '新同事')
    await type('[data-testid=user-phone]', '13800001234')
    await type('[data-testid=user-password]', 'Secret2026')
    query<HTMLInputElement>('[data-testid=user-role-CLERK] input').click()
    query('[data-testid=user-site] .el-select__wrapper').click()
    await flushPromises()
    query('[data-testid=site-option][data-site-code=HS]').click()
    await flushPromises()
    query('[data-testid=user-save]').click()
    await settle()

    expect(adminApi.createUser).toHaveBeenCalledWith({
      username: 'new.clerk',
      displayName: '新同事',
      phone: '13800001234',
      siteId: 1,
      roles: ['CLERK'],
      password: 'Secret2026',
      enabled: true,
    })
    expect(fieldError('user-username')).toBe('已存在，请换一个')
    expect(fieldError('user-phone')).toBe('格式不正确')
  })
})
