import { fetchDepartments, fetchSites, fetchWindows } from '@/api/directory'
import type { Department, ServiceWindow, SiteNode } from '@/api/types'
import { useLoad } from './use-load'

export function useSites() {
  return useLoad<SiteNode[]>(fetchSites, [])
}

export function useWindows() {
  return useLoad<ServiceWindow[]>(fetchWindows, [])
}

export function useDepartments() {
  return useLoad<Department[]>(fetchDepartments, [])
}
