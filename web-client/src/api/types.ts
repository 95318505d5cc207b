// Hand-written until they are generated from /v3/api-docs.

export type Role = 'COMMUNITY_WORKER' | 'CLERK' | 'COORDINATOR' | 'EXPERT' | 'ADMIN'
export const ROLES: readonly Role[] = ['COMMUNITY_WORKER', 'CLERK', 'COORDINATOR', 'EXPERT', 'ADMIN']

export type Tier = 'DISTRICT' | 'TOWNSHIP' | 'COMMUNITY'

export interface CsrfToken {
  token: string
  headerName: string
}

export interface LoginRequest {
  username: string
  password: string
}

export interface SiteRef {
  id: number
  code: string
  name: string
  tier: Tier
}

export interface Me {
  id: number
  username: string
  displayName: string
  roles: Role[]
  site: SiteRef
}

export interface SiteNode extends SiteRef {
  parentId: number | null
  enabled: boolean
  children: SiteNode[]
}

export interface Department {
  code: string
  name: string
  nameEn: string
}

export interface ServiceWindow {
  id: number
  name: string
  siteId: number
  siteName: string
  departmentCode: string | null
  departmentName: string | null
  departmentNameEn: string | null
  comprehensive: boolean
  enabled: boolean
}

export interface AdminUser {
  id: number
  username: string
  displayName: string
  /** Masked by the server, e.g. 138****1234. */
  phone: string | null
  siteId: number
  siteName: string
  roles: Role[]
  enabled: boolean
}

export interface CreateUserRequest {
  username: string
  displayName: string
  phone?: string
  siteId: number
  roles: Role[]
  password: string
  enabled: boolean
}

export interface UpdateUserRequest {
  displayName: string
  /** Absent keeps the stored phone (the list only has the masked one). */
  phone?: string
  siteId: number
  roles: Role[]
  enabled: boolean
  /** Absent or empty keeps the current password. */
  password?: string
}

export interface CreateSiteRequest {
  code: string
  name: string
  tier: Tier
  parentId: number | null
}

export interface UpdateSiteRequest {
  code: string
  name: string
  enabled: boolean
}

export interface CreateWindowRequest {
  name: string
  siteId: number
  departmentCode: string | null
  comprehensive: boolean
}

export interface UpdateWindowRequest {
  name: string
  departmentCode: string | null
  comprehensive: boolean
  enabled: boolean
}

/** `MON-FRI 08:30-12:00,13:30-17:00; SAT 09:00-12:00`, Beijing time. */
export interface OpeningHoursBody {
  openingHours: string
}

/** When a window's board tile turns yellow or red; each red limit is above its yellow one. */
export interface ThresholdValues {
  yellowWaiting: number
  redWaiting: number
  yellowLongestWaitMinutes: number
  redLongestWaitMinutes: number
}

export interface Thresholds extends ThresholdValues {
  /** False while the deployment's defaults apply. */
  custom: boolean
}

/** RFC 9457 problem details as the server sends them. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  errors?: FieldError[]
}

export interface FieldError {
  field: string
  code: string
  message?: string
}
