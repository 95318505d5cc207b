import { http } from './http'
import type { Department, ServiceWindow, SiteNode } from './types'

export async function fetchSites(): Promise<SiteNode[]> {
  return (await http.get<SiteNode[]>('/api/sites')).data
}

export async function fetchDepartments(): Promise<Department[]> {
  return (await http.get<Department[]>('/api/departments')).data
}

export async function fetchWindows(): Promise<ServiceWindow[]> {
  return (await http.get<ServiceWindow[]>('/api/windows')).data
}
