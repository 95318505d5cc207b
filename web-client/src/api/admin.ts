import { http } from './http'
import type {
  AdminUser,
  CreateSiteRequest,
  CreateUserRequest,
  CreateWindowRequest,
  OpeningHoursBody,
  ServiceWindow,
  SiteNode,
  ThresholdValues,
  Thresholds,
  UpdateSiteRequest,
  UpdateUserRequest,
  UpdateWindowRequest,
} from './types'

export async function fetchUsers(): Promise<AdminUser[]> {
  return (await http.get<AdminUser[]>('/api/admin/users')).data
}

export async function createUser(request: CreateUserRequest): Promise<AdminUser> {
  return (await http.post<AdminUser>('/api/admin/users', request)).data
}

export async function updateUser(id: number, request: UpdateUserRequest): Promise<AdminUser> {
  return (await http.put<AdminUser>(`/api/admin/users/${id}`, request)).data
}

export async function createSite(request: CreateSiteRequest): Promise<SiteNode> {
  return (await http.post<SiteNode>('/api/admin/sites', request)).data
}

export async function updateSite(id: number, request: UpdateSiteRequest): Promise<SiteNode> {
  return (await http.put<SiteNode>(`/api/admin/sites/${id}`, request)).data
}

export async function createWindow(request: CreateWindowRequest): Promise<ServiceWindow> {
  return (await http.post<ServiceWindow>('/api/admin/windows', request)).data
}

export async function updateWindow(id: number, request: UpdateWindowRequest): Promise<ServiceWindow> {
  return (await http.put<ServiceWindow>(`/api/admin/windows/${id}`, request)).data
}

/** The windows a clerk may go on duty at. */
export async function fetchClerkWindows(userId: number): Promise<number[]> {
  return (await http.get<number[]>(`/api/admin/clerks/${userId}/windows`)).data
}

export async function saveClerkWindows(userId: number, windowIds: number[]): Promise<number[]> {
  return (await http.put<number[]>(`/api/admin/clerks/${userId}/windows`, { windowIds })).data
}

export async function fetchOpeningHours(windowId: number): Promise<OpeningHoursBody> {
  return (await http.get<OpeningHoursBody>(`/api/admin/windows/${windowId}/opening-hours`)).data
}

export async function saveOpeningHours(windowId: number, body: OpeningHoursBody): Promise<OpeningHoursBody> {
  return (await http.put<OpeningHoursBody>(`/api/admin/windows/${windowId}/opening-hours`, body)).data
}

export async function fetchThresholds(windowId: number): Promise<Thresholds> {
  return (await http.get<Thresholds>(`/api/admin/windows/${windowId}/thresholds`)).data
}

export async function saveThresholds(windowId: number, values: ThresholdValues): Promise<Thresholds> {
  return (await http.put<Thresholds>(`/api/admin/windows/${windowId}/thresholds`, values)).data
}

/** Back to the deployment's defaults, which come back with `custom` false. */
export async function resetThresholds(windowId: number): Promise<Thresholds> {
  return (await http.delete<Thresholds>(`/api/admin/windows/${windowId}/thresholds`)).data
}
