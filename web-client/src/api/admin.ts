import { http } from './http'
import type {
  AdminUser,
  CreateSiteRequest,
  CreateUserRequest,
  CreateWindowRequest,
  ServiceWindow,
  SiteNode,
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
