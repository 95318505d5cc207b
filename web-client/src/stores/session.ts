import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/auth'
import { problemStatus } from '@/api/problem'
import type { Me, Role } from '@/api/types'
import { homeFor } from './roles'

export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  /** True once the server has told us whether there is a session. */
  const loaded = ref(false)
  let loading: Promise<void> | undefined

  const roles = computed<readonly Role[]>(() => me.value?.roles ?? [])
  const home = computed(() => homeFor(roles.value))

  function hasRole(...wanted: Role[]): boolean {
    return wanted.some((role) => roles.value.includes(role))
  }

  async function loadMe(): Promise<void> {
    try {
      me.value = await authApi.fetchMe()
      loaded.value = true
    } catch (error) {
      me.value = null
      // Anything but a 401 (server down, network) is asked again on the next navigation.
      loaded.value = problemStatus(error) === 401
    }
  }

  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    loading ??= loadMe().finally(() => {
      loading = undefined
    })
    return loading
  }

  async function login(username: string, password: string): Promise<Me> {
    const user = await authApi.login({ username, password })
    me.value = user
    loaded.value = true
    return user
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      forget()
    }
  }

  function forget(): void {
    me.value = null
    loaded.value = true
  }

  return { me, loaded, roles, home, hasRole, loadMe, ensureLoaded, login, logout, forget }
})
