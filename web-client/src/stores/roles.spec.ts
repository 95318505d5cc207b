import { describe, expect, it } from 'vitest'
import { homeFor } from './roles'

describe('homeFor', () => {
  it.each([
    [['COMMUNITY_WORKER'], '/worker'],
    [['CLERK'], '/clerk'],
    [['COORDINATOR'], '/coordinator'],
    [['EXPERT'], '/expert'],
    [['ADMIN'], '/admin'],
  ])('sends %j to %s', (roles, home) => {
    expect(homeFor(roles)).toBe(home)
  })

  it('follows the priority ADMIN > COORDINATOR > CLERK > EXPERT > COMMUNITY_WORKER', () => {
    expect(homeFor(['COMMUNITY_WORKER', 'EXPERT', 'CLERK', 'COORDINATOR', 'ADMIN'])).toBe('/admin')
    expect(homeFor(['COMMUNITY_WORKER', 'EXPERT', 'CLERK', 'COORDINATOR'])).toBe('/coordinator')
    expect(homeFor(['EXPERT', 'CLERK'])).toBe('/clerk')
    expect(homeFor(['COMMUNITY_WORKER', 'EXPERT'])).toBe('/expert')
  })

  it('has no home for a user without a known role', () => {
    expect(homeFor([])).toBe('/login')
    expect(homeFor(['AUDITOR'])).toBe('/login')
  })
})
