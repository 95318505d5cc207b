import type { Alert, Board, BoardWindow, Helper, TidalRequest } from './board-types'
import { http } from './http'

export async function fetchBoard(): Promise<Board> {
  return (await http.get<Board>('/api/board')).data
}

export async function fetchHelpers(): Promise<Helper[]> {
  return (await http.get<Helper[]>('/api/board/helpers')).data
}

export async function acknowledgeAlert(id: number): Promise<Alert> {
  return (await http.post<Alert>(`/api/alerts/${id}/acknowledge`)).data
}

export async function resolveAlert(id: number): Promise<Alert> {
  return (await http.post<Alert>(`/api/alerts/${id}/resolve`)).data
}

/** Sends a clerk to the window for a while (潮汐窗口); returns the window's new figures. */
export async function openTidal(windowId: number, request: TidalRequest): Promise<BoardWindow> {
  return (await http.post<BoardWindow>(`/api/windows/${windowId}/tidal`, request)).data
}
