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

/** `session`: the desk page's join session, to be in the call with the answer (see {@link Called.call}). */
export async function callNext(windowId: number, session?: string): Promise<Called> {
  return (await http.post<Called>(`/api/windows/${windowId}/call-next`, session ? { session } : undefined)).data
}
