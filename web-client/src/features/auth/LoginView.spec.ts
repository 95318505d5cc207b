import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as authApi from '@/api/auth'
import type { Me } from '@/api/types'
import { i18n, setLocale } from '@/locales'
import LoginView from './LoginView.vue'

vi.mock('@/api/auth', () => ({ login: vi.fn(), logout: vi.fn(), fetchMe: vi.fn() }))
enableAutoUnmount(afterEach)

const worker: Me = {
  id: 7,
  username: 'worker-liangzhu',
  displayName: '王芳',
  roles: ['COMMUNITY_WORKER'],
  site: { id: 3, code: 'LZ', name: '梁祝社区', tier: 'COMMUNITY' },
}

function rejected(status: number, data: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() }
  const response = { status, data, statusText: '', headers: {}, config } as AxiosResponse
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, response)
}

async function mountLogin(path = '/login') {
  const blank = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', component: LoginView },
      { path: '/worker', component: blank, meta: { roles: ['COMMUNITY_WORKER'] } },
      { path: '/admin', component: blank, meta: { roles: ['ADMIN'] } },
    ],
  })
  await router.push(path)
  const wrapper = mount(LoginView, { global: { plugins: [createPinia(), i18n, router] } })
  return { wrapper, router }
}

async function submit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper']) {
  await wrapper.find('[data-testid=login-username]').setValue('worker-liangzhu')
  await wrapper.find('[data-testid=login-password]').setValue('Demo@2026')
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('LoginView', () => {
  beforeEach(() => {
    vi.mocked(authApi.login).mockReset()
    setLocale('zh-CN')
  })

  it('puts the test ids on the native controls Selenium types into and clicks', async () => {
    const { wrapper } = await mountLogin()
    expect(wrapper.find('input[data-testid=login-username]').exists()).toBe(true)
    expect(wrapper.find('input[type=password][data-testid=login-password]').exists()).toBe(true)
    expect(wrapper.find('button[type=submit][data-testid=login-submit]').exists()).toBe(true)
  })

  it('shows bad credentials as translated text', async () => {
    vi.mocked(authApi.login).mockRejectedValue(rejected(401, { status: 401, code: 'auth.bad-credentials' }))
    const { wrapper, router } = await mountLogin()
    await submit(wrapper)
    expect(wrapper.find('[data-testid=login-error]').text()).toBe('用户名或密码错误')
    expect(router.currentRoute.value.path).toBe('/login')
  })

  it('shows the lock-out in English when English is chosen', async () => {
    setLocale('en')
    vi.mocked(authApi.login).mockRejectedValue(rejected(429, { status: 429, code: 'auth.locked' }))
    const { wrapper } = await mountLogin()
    await submit(wrapper)
    expect(wrapper.find('[data-testid=login-error]').text()).toContain('locked for 15 minutes')
  })

  it('goes to the home of the role after login', async () => {
    vi.mocked(authApi.login).mockResolvedValue(worker)
    const { wrapper, router } = await mountLogin()
    await submit(wrapper)
    expect(authApi.login).toHaveBeenCalledWith({ username: 'worker-liangzhu', password: 'Demo@2026' })
    expect(router.currentRoute.value.path).toBe('/worker')
  })

  it('ignores a redirect into an area the user may not enter', async () => {
    vi.mocked(authApi.login).mockResolvedValue(worker)
    const { wrapper, router } = await mountLogin('/login?redirect=/admin')
    await submit(wrapper)
    expect(router.currentRoute.value.path).toBe('/worker')
  })
})
