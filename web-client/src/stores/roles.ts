import type { Role } from '@/api/types'

export type Area = 'worker' | 'clerk' | 'coordinator' | 'expert' | 'admin'

/** In priority order: a user with several roles lands in the first area they have. */
const AREA_BY_ROLE: ReadonlyArray<readonly [Role, Area]> = [
  ['ADMIN', 'admin'],
  ['COORDINATOR', 'coordinator'],
  ['CLERK', 'clerk'],
  ['EXPERT', 'expert'],
  ['COMMUNITY_WORKER', 'worker'],
]

export const LOGIN_PATH = '/login'

export function homeFor(roles: readonly string[]): string {
  const entry = AREA_BY_ROLE.find(([role]) => roles.includes(role))
  return entry ? `/${entry[1]}` : LOGIN_PATH
}
