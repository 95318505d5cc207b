import { http } from './http'
import type { Matter, MatterSummary } from './queue-types'

export async function searchMatters(q: string, limit = 20): Promise<MatterSummary[]> {
  return (await http.get<MatterSummary[]>('/api/matters', { params: { q, limit } })).data
}

export async function fetchMatter(code: string): Promise<Matter> {
  return (await http.get<Matter>(`/api/matters/${encodeURIComponent(code)}`)).data
}
