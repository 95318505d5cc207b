import { http } from './http'
import type { Called, DutyStatus, WindowQueue } from './queue-types'

export async function fetchDuty(): Promise<DutyStatus> {
  return (await http.get<DutyStatus>('/api/duty')).data
}

export async function setOnDuty(windowId: number, onDuty: boolean): Promise<DutyStatus> {
  const url = `/api/windows/${windowId}/duty`
  return (onDuty ? await http.post<DutyStatus>(url) : await http.delete<DutyStatus>(url)).data
}

export async function fetchWindowQueue(windowId: number): Promise<WindowQueue> {
  return (await http.get<WindowQueue>(`/api/windows/${windowId}/queue`)).data
}

export async function callNext(windowId: number): Promise<Called> {
  return (await http.post<Called>(`/api/windows/${windowId}/call-next`)).data
}
