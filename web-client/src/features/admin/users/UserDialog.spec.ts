import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as adminApi from '@/api/admin'
import type { AdminUser, ServiceWindow, SiteNode } from '@/api/types'
import { i18n, setLocale } from '@/locales'
import { fieldError, query, settle, type, validationFailure } from '@/test/dom'
import UserDialog from './UserDialog.vue'

vi.mock('@/api/admin', () => ({
  createUser: vi.fn(),
  updateUser: vi.fn(),
  fetchClerkWindows: vi.fn(),
  saveClerkWindows: vi.fn(),
}))
enableAutoUnmount(afterEach)

const sites: SiteNode[] = [
  {
    id: 1,
    code: 'HS',
    name: '海曙区云办中心',
    tier: 'DISTRICT',
    parentId: null,
    enabled: true,
    children: [{ id: 2, code: 'GQ', name: '高桥镇便民服务中心', tier: 'TOWNSHIP', parentId: 1, enabled: true, children: [] }],
  },
]

function serviceWindow(id: number, siteId: number, siteName: string): ServiceWindow {
  const department = { departmentCode: 'MZ', departmentName: '民政局', departmentNameEn: 'Civil Affairs' }
  return { id, name: `窗口${id}`, siteId, siteName, comprehensive: false, enabled: true, ...department }
}

const windows = [serviceWindow(21, 2, '高桥镇便民服务中心'), serviceWindow(11, 1, '海曙区云办中心'), serviceWindow(12, 1, '海曙区云办中心')]

const clerk: AdminUser = {
  id: 7,
  username: 'clerk.li',
  displayName: '李受理',
  phone: '138****1234',
  siteId: 1,
  siteName: '海曙区云办中心',
  roles: ['CLERK'],
  enabled: true,
}

async function openDialog(user?: AdminUser) {
  const wrapper = mount(UserDialog, { props: { sites, windows }, global: { plugins: [i18n] }, attachTo: document.body })
  wrapper.vm.open(user)
  await flushPromises()
  return wrapper
}

describe('UserDialog', () => {
  beforeEach(() => {
    setLocale('zh-CN')
    for (const call of Object.values(adminApi)) vi.mocked(call).mockReset()
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

  describe('windows of a clerk', () => {
    async function pickWindow(id: number) {
      query('[data-testid=user-windows] .el-select__wrapper').click()
      await flushPromises()
      query(`[data-testid=user-window-option][data-window-id="${id}"]`).click()
      await flushPromises()
    }

    async function fillNewClerk() {
      await openDialog()
      await type('[data-testid=user-username]', 'new.clerk')
      await type('[data-testid=user-display-name]', '新同事')
      await type('[data-testid=user-password]', 'Secret2026')
      query('[data-testid=user-site] .el-select__wrapper').click()
      await flushPromises()
      query('[data-testid=site-option][data-site-code=HS]').click()
      await flushPromises()
      expect(document.body.querySelector('[data-testid=user-windows]')).toBeNull()
      query<HTMLInputElement>('[data-testid=user-role-CLERK] input').click()
      await flushPromises()
    }

    it('are offered by site, district first, once the user is a clerk, with what choosing them means', async () => {
      await fillNewClerk()
      expect(query('[data-testid=user-windows]').classList).toContain('el-select')
      expect(query('[data-testid=user-windows-hint]').textContent).toContain('只能在这里选定的窗口在岗')
      query('[data-testid=user-windows] .el-select__wrapper').click()
      await flushPromises()
      const titles = [...document.body.querySelectorAll('.el-select-group__title')].map((title) => title.textContent?.trim())
      expect(titles).toEqual(['海曙区云办中心', '高桥镇便民服务中心'])
      const options = [...document.body.querySelectorAll<HTMLElement>('[data-testid=user-window-option]')]
      expect(options.map((option) => option.dataset.windowId)).toEqual(['11', '12', '21'])
    })

    it('are saved for a new clerk with the id the POST returned, after it', async () => {
      vi.mocked(adminApi.createUser).mockResolvedValue({ ...clerk, id: 42 })
      vi.mocked(adminApi.saveClerkWindows).mockResolvedValue([21, 11])
      await fillNewClerk()
      await pickWindow(21)
      await pickWindow(11)
      query('[data-testid=user-save]').click()
      await settle()

      expect(adminApi.saveClerkWindows).toHaveBeenCalledExactlyOnceWith(42, [21, 11])
      const [created] = vi.mocked(adminApi.createUser).mock.invocationCallOrder
      const [saved] = vi.mocked(adminApi.saveClerkWindows).mock.invocationCallOrder
      expect(created).toBeLessThan(saved ?? 0)
    })

    it('are loaded for an existing clerk and sent again only when changed', async () => {
      vi.mocked(adminApi.fetchClerkWindows).mockResolvedValue([11])
      vi.mocked(adminApi.updateUser).mockResolvedValue(clerk)
      vi.mocked(adminApi.saveClerkWindows).mockResolvedValue([11, 12])
      const wrapper = await openDialog(clerk)
      expect(adminApi.fetchClerkWindows).toHaveBeenCalledWith(7)
      expect(query('[data-testid=user-windows]').textContent).toContain('窗口11 · 海曙区云办中心')

      query('[data-testid=user-save]').click()
      await settle()
      expect(adminApi.updateUser).toHaveBeenCalledOnce()
      expect(adminApi.saveClerkWindows).not.toHaveBeenCalled()

      await wrapper.vm.$nextTick()
      wrapper.vm.open(clerk)
      await flushPromises()
      await pickWindow(12)
      query('[data-testid=user-save]').click()
      await settle()
      expect(adminApi.saveClerkWindows).toHaveBeenCalledExactlyOnceWith(7, [11, 12])
    })

    it('are neither loaded nor sent for a user who is not a clerk', async () => {
      vi.mocked(adminApi.updateUser).mockResolvedValue({ ...clerk, roles: ['COORDINATOR'] })
      await openDialog({ ...clerk, roles: ['COORDINATOR'] })
      expect(document.body.querySelector('[data-testid=user-windows]')).toBeNull()
      query('[data-testid=user-save]').click()
      await settle()
      expect(adminApi.fetchClerkWindows).not.toHaveBeenCalled()
      expect(adminApi.saveClerkWindows).not.toHaveBeenCalled()
    })

    it('stay untouched when they could not be loaded', async () => {
      vi.mocked(adminApi.fetchClerkWindows).mockRejectedValue(new Error('offline'))
      vi.mocked(adminApi.updateUser).mockResolvedValue(clerk)
      await openDialog(clerk)
      expect(query('[data-testid=user-windows-hint]').textContent).toBe(i18n.global.t('admin.users.windowsUnavailable'))
      query('[data-testid=user-save]').click()
      await settle()
      expect(adminApi.updateUser).toHaveBeenCalledOnce()
      expect(adminApi.saveClerkWindows).not.toHaveBeenCalled()
    })

    it('show the server refusing them next to the field, and a second try updates the user made by the first', async () => {
      vi.mocked(adminApi.createUser).mockResolvedValue({ ...clerk, id: 42 })
      vi.mocked(adminApi.updateUser).mockResolvedValue({ ...clerk, id: 42 })
      vi.mocked(adminApi.saveClerkWindows).mockRejectedValueOnce(validationFailure(['windowIds', 'out-of-scope'])).mockResolvedValue([21])
      await fillNewClerk()
      await pickWindow(21)
      query('[data-testid=user-save]').click()
      await settle()
      expect(fieldError('user-windows')).toBe('不在您的管辖范围内')

      query('[data-testid=user-save]').click()
      await settle()
      expect(adminApi.createUser).toHaveBeenCalledOnce()
      expect(adminApi.updateUser).toHaveBeenCalledWith(42, expect.objectContaining({ roles: ['CLERK'] }))
      expect(adminApi.saveClerkWindows).toHaveBeenLastCalledWith(42, [21])
    })
  })
})
