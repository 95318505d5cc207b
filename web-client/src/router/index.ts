import { createRouter, createWebHistory } from 'vue-router'
import { showWarning } from '@/composables/notify'
import { LOGIN_PATH } from '@/stores/roles'
import { useSessionStore } from '@/stores/session'
import { decide } from './guard'
import { routes } from './routes'

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
})

router.beforeEach(async (to) => {
  const session = useSessionStore()
  await session.ensureLoaded()
  const decision = decide(to, session.me)
  switch (decision.kind) {
    case 'allow':
      return true
    case 'login':
      return { path: LOGIN_PATH, query: decision.redirect ? { redirect: decision.redirect } : {} }
    case 'home':
      if (decision.denied) showWarning('shell.noAccess')
      return decision.path
  }
})

/** The session ended behind our back (expired, logged out elsewhere): back to the login page. */
export function onSessionLost(): void {
  useSessionStore().forget()
  const current = router.currentRoute.value
  if (current.meta.public) return
  void router.push({ path: LOGIN_PATH, query: { redirect: current.fullPath } })
}
