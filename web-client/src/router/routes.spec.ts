import { describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { decide } from './guard'
import { routes } from './routes'

function flatten(records: readonly RouteRecordRaw[], prefix = ''): { path: string; meta: RouteRecordRaw['meta'] }[] {
  return records.flatMap((record) => {
    const path = record.path.startsWith('/') ? record.path : `${prefix}/${record.path}`.replace('//', '/')
    return [{ path, meta: record.meta }, ...flatten(record.children ?? [], path)]
  })
}

describe('routes', () => {
  const all = flatten(routes)
  const meta = (path: string) => all.find((route) => route.path === path)?.meta ?? {}

  it('opens /track to anyone, without a login', () => {
    expect(decide({ path: '/track', fullPath: '/track?caseNumber=1', meta: meta('/track') }, null)).toEqual({ kind: 'allow' })
  })

  it('keeps the case lists to their areas and the case page to the roles that work on cases', () => {
    expect(decide({ path: '/clerk/cases', fullPath: '/clerk/cases', meta: meta('/clerk/cases') }, { roles: ['COMMUNITY_WORKER'] })).toEqual({
      kind: 'home',
      path: '/worker',
      denied: true,
    })
    expect(decide({ path: '/worker/cases', fullPath: '/worker/cases', meta: meta('/worker/cases') }, { roles: ['COMMUNITY_WORKER'] }).kind).toBe('allow')
    expect(decide({ path: '/cases/9', fullPath: '/cases/9', meta: meta('/cases/:id(\\d+)') }, { roles: ['COORDINATOR'] }).kind).toBe('allow')
    expect(decide({ path: '/cases/9', fullPath: '/cases/9', meta: meta('/cases/:id(\\d+)') }, { roles: ['EXPERT'] }).kind).toBe('home')
  })
})
