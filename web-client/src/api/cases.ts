import { http } from './http'
import type {
  CaseAction,
  CaseState,
  CaseSummary,
  CaseView,
  Delivery,
  FieldValue,
  FormData,
  Rating,
  SignatureView,
  TimelineEvent,
  TrackResult,
} from './case-types'

const base = (caseId: number) => `/api/cases/${caseId}`

export async function fetchCaseView(caseId: number): Promise<CaseView> {
  return (await http.get<CaseView>(base(caseId))).data
}

/** Several fields at once; nothing is stored when any value fails (422 with `errors`). */
export async function patchForm(caseId: number, values: Record<string, FieldValue>): Promise<FormData> {
  return (await http.patch<{ form: FormData }>(`${base(caseId)}/form`, values)).data.form
}

export async function transition(
  caseId: number,
  action: CaseAction,
  extra: { reason?: string; delivery?: Delivery } = {},
): Promise<CaseView> {
  return (await http.post<CaseView>(`${base(caseId)}/transitions`, { action, ...extra })).data
}

export async function addMatter(caseId: number, code: string): Promise<CaseView> {
  return (await http.post<CaseView>(`${base(caseId)}/matters`, { code })).data
}

export async function removeMatter(caseId: number, code: string): Promise<CaseView> {
  return (await http.delete<CaseView>(`${base(caseId)}/matters/${encodeURIComponent(code)}`)).data
}

export async function fetchTimeline(caseId: number): Promise<TimelineEvent[]> {
  return (await http.get<TimelineEvent[]>(`${base(caseId)}/timeline`)).data
}

export async function fetchCases(state?: CaseState, limit = 100): Promise<CaseSummary[]> {
  return (await http.get<CaseSummary[]>('/api/cases', { params: { state, limit } })).data
}

export async function uploadSignature(caseId: number, png: Blob): Promise<SignatureView> {
  return (await http.post<SignatureView>(`${base(caseId)}/signature`, png, { headers: { 'Content-Type': 'image/png' } })).data
}

export async function trackCase(caseNumber: string, phoneLast4: string): Promise<TrackResult> {
  const path = `/api/track/${encodeURIComponent(caseNumber)}`
  return (await http.get<TrackResult>(path, { params: { phoneLast4 } })).data
}

export async function rateCase(caseId: number, stars: number, comment?: string): Promise<Rating> {
  return (await http.post<Rating>(`${base(caseId)}/rating`, { stars, comment })).data
}

export async function fetchRating(caseId: number): Promise<Rating> {
  return (await http.get<Rating>(`${base(caseId)}/rating`)).data
}

export type CaseDocument = 'receipt' | 'supplement' | 'refusal'
export const CASE_DOCUMENTS: readonly CaseDocument[] = ['receipt', 'supplement', 'refusal']

/** Same-origin and cookie-authorised: usable in <a href> as it is. */
export function documentUrl(caseId: number, document: CaseDocument): string {
  return document === 'receipt' ? `${base(caseId)}/receipt.pdf` : `${base(caseId)}/notices/${document}.pdf`
}
