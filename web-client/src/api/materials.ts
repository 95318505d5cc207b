import { http } from './http'
import type { CaseRecord, Checklist } from './material-types'

const caseBase = (caseId: number) => `/api/cases/${caseId}`
const materialBase = (caseId: number, materialId: number) => `${caseBase(caseId)}/materials/${materialId}`

/** The tus creation endpoint; uploads then live under `.../materials/uploads/{id}`. */
export const uploadEndpoint = (caseId: number) => `${caseBase(caseId)}/materials`

/** The worker opens (or finds) the draft case of their ticket, while it waits or in the call. */
export async function openTicketCase(ticketId: number): Promise<CaseRecord> {
  return (await http.post<CaseRecord>(`/api/tickets/${ticketId}/case`)).data
}

/** The case of a ticket the user may see (the desk after a reload); 404 while it has none. */
export async function fetchTicketCase(ticketId: number): Promise<CaseRecord> {
  return (await http.get<CaseRecord>(`/api/tickets/${ticketId}/case`)).data
}

export async function fetchCase(caseId: number): Promise<CaseRecord> {
  return (await http.get<CaseRecord>(caseBase(caseId))).data
}

export async function fetchChecklist(caseId: number): Promise<Checklist> {
  return (await http.get<Checklist>(`${caseBase(caseId)}/materials`)).data
}

export async function verifyMaterial(caseId: number, materialId: number): Promise<Checklist> {
  return (await http.post<Checklist>(`${materialBase(caseId, materialId)}/verify`)).data
}

export async function rejectMaterial(caseId: number, materialId: number, reason: string): Promise<Checklist> {
  return (await http.post<Checklist>(`${materialBase(caseId, materialId)}/reject`, { reason })).data
}

export async function reorderPages(caseId: number, materialId: number, pageIds: number[]): Promise<Checklist> {
  return (await http.put<Checklist>(`${materialBase(caseId, materialId)}/pages`, { pageIds })).data
}

export async function removePage(caseId: number, materialId: number, pageId: number): Promise<Checklist> {
  return (await http.delete<Checklist>(`${materialBase(caseId, materialId)}/pages/${pageId}`)).data
}
