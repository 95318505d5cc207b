import type { Availability, Consultation, Expert, SuggestableExpert } from './consult-types'
import { http } from './http'

export async function fetchMyExpert(): Promise<Expert> {
  return (await http.get<Expert>('/api/experts/me')).data
}

export async function setAvailability(availability: Availability): Promise<Expert> {
  return (await http.put<Expert>('/api/experts/me/availability', { availability })).data
}

export async function fetchExperts(): Promise<Expert[]> {
  return (await http.get<Expert[]>('/api/admin/experts')).data
}

export async function saveExpertTags(userId: number, tags: string[]): Promise<string[]> {
  return (await http.put<string[]>(`/api/admin/experts/${userId}/tags`, { tags })).data
}

/** The clerk of the call asks for experts; without tags the server uses the case's matter and department. */
export async function requestConsultation(callId: string, topic: string, tags: string[]): Promise<Consultation> {
  return (await http.post<Consultation>(`/api/calls/${encodeURIComponent(callId)}/consultations`, { topic, tags })).data
}

/** The coordinator's live requests (OPEN and ANSWERED), with ranked candidates. */
export async function fetchConsultations(): Promise<Consultation[]> {
  return (await http.get<Consultation[]>('/api/consultations')).data
}

/** The expert's live consultations, invited or accepted. */
export async function fetchMyConsultations(): Promise<Consultation[]> {
  return (await http.get<Consultation[]>('/api/consultations/mine')).data
}

/** The call's live consultation, or else its latest (a desk reloaded in a new tab); 404 when it never had one. */
export async function fetchCallConsultation(callId: string): Promise<Consultation> {
  return (await http.get<Consultation>(`/api/calls/${encodeURIComponent(callId)}/consultation`)).data
}

export async function fetchConsultation(id: number): Promise<Consultation> {
  return (await http.get<Consultation>(`/api/consultations/${id}`)).data
}

export async function assignExperts(id: number, expertIds: number[]): Promise<Consultation> {
  return (await http.post<Consultation>(`/api/consultations/${id}/assign`, { expertIds })).data
}

export async function answerInvitation(id: number, accept: boolean, reason?: string): Promise<Consultation> {
  return (await http.post<Consultation>(`/api/consultations/${id}/answer`, { accept, reason })).data
}

/** Adds the coordinator to the call; they then join it like anyone else. */
export async function joinAsCoordinator(id: number): Promise<Consultation> {
  return (await http.post<Consultation>(`/api/consultations/${id}/join-as-coordinator`)).data
}

export async function addNote(id: number, text: string): Promise<Consultation> {
  return (await http.post<Consultation>(`/api/consultations/${id}/notes`, { text })).data
}

export async function concludeConsultation(id: number, conclusion: string): Promise<Consultation> {
  return (await http.post<Consultation>(`/api/consultations/${id}/conclude`, { conclusion })).data
}

/** Whom an expert of the consultation may suggest to the coordinator, best first. */
export async function fetchSuggestableExperts(id: number): Promise<SuggestableExpert[]> {
  return (await http.get<SuggestableExpert[]>(`/api/consultations/${id}/suggestable-experts`)).data
}

/** An expert taking part asks the coordinator to bring in another; the boards show it. */
export async function suggestExpert(id: number, expertId: number, reason: string): Promise<Consultation> {
  return (await http.post<Consultation>(`/api/consultations/${id}/suggest`, { expertId, reason })).data
}
