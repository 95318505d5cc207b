import { describe, expect, it } from 'vitest'
import type { RouteMeta } from 'vue-router'
import type { Role } from '@/api/types'
import { decide, safeRedirect } from './guard'

const target = (path: string, meta: RouteMeta = {}, fullPath = path) => ({ path, fullPath, meta })
const user = (...roles: Role[]) => ({ roles })
const clerkArea = target('/clerk', { roles: ['CLERK'], area: 'clerk' })

describe('decide', () => {
  it('lets anyone open a public route', () => {
    expect(decide(target('/login', { public: true }), null)).toEqual({ kind: 'allow' })
  })

  it('sends a visitor to the login page, remembering where they were going', () => {
    expect(decide(target('/admin/users', { roles: ['ADMIN'] }, '/admin/users?page=2'), null)).toEqual({
      kind: 'login',
      redirect: '/admin/users?page=2',
    })
  })

  it('sends a visitor of "/" to the login page with nothing to return to', () => {
    expect(decide(target('/'), null)).toEqual({ kind: 'login' })
  })

  it('sends "/" to the home of the role', () => {
    expect(decide(target('/'), user('CLERK'))).toEqual({ kind: 'home', path: '/clerk', denied: false })
  })

  it('lets a user into an area of one of their roles', () => {
    expect(decide(clerkArea, user('EXPERT', 'CLERK'))).toEqual({ kind: 'allow' })
  })

  it('turns a user away from an area of another role, to their own home', () => {
    expect(decide(clerkArea, user('COMMUNITY_WORKER'))).toEqual({ kind: 'home', path: '/worker', denied: true })
  })

  it('lets any logged-in user open a route without a role list', () => {
    expect(decide(target('/somewhere'), user('EXPERT'))).toEqual({ kind: 'allow' })
  })
})

describe('safeRedirect', () => {
  it('accepts paths inside the app', () => {
    expect(safeRedirect('/admin/users?tab=1')).toBe('/admin/users?tab=1')
  })

  it('rejects other origins, the login page itself and non-strings', () => {
    for (const value of ['https://evil.example', '//evil.example', 'admin', '/login?redirect=/x', ['/a'], undefined]) {
      expect(safeRedirect(value)).toBeUndefined()
    }
  })
})
