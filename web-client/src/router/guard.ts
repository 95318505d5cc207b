import type { RouteMeta } from 'vue-router'
import type { Me } from '@/api/types'
import { homeFor, LOGIN_PATH } from '@/stores/roles'

export type GuardDecision =
  | { kind: 'allow' }
  | { kind: 'login'; redirect?: string }
  | { kind: 'home'; path: string; denied: boolean }

export interface GuardTarget {
  path: string
  fullPath: string
  meta: RouteMeta
}

/** Where a navigation may go, given who is logged in (null: nobody). Pure, so it is unit-tested. */
export function decide(target: GuardTarget, me: Pick<Me, 'roles'> | null): GuardDecision {
  if (target.meta.public) return { kind: 'allow' }
  if (!me) return target.path === '/' ? { kind: 'login' } : { kind: 'login', redirect: target.fullPath }
  const home = homeFor(me.roles)
  if (target.path === '/') return { kind: 'home', path: home, denied: false }
  const allowed = target.meta.roles
  if (allowed && !allowed.some((role) => me.roles.includes(role))) {
    return { kind: 'home', path: home, denied: true }
  }
  return { kind: 'allow' }
}

/** A redirect query value is only followed when it is a path inside this app. */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return undefined
  return value.startsWith(LOGIN_PATH) ? undefined : value
}
