import { http } from './http'
import type { CallView, ChunkAck, IceServerView, RecordingView, StillSource, StillView } from './call-types'

const base = (callId: string) => `/api/calls/${encodeURIComponent(callId)}`

/** `session` is made once per page load; the same one again after a STOMP reconnect. */
export async function joinCall(callId: string, session: string): Promise<CallView> {
  return (await http.post<CallView>(`${base(callId)}/join`, { session })).data
}

export async function fetchCall(callId: string): Promise<CallView> {
  return (await http.get<CallView>(base(callId))).data
}

export async function fetchIceServers(callId: string): Promise<IceServerView[]> {
  return (await http.get<IceServerView[]>(`${base(callId)}/ice-servers`)).data
}

export async function putMedia(callId: string, media: { audio: boolean; video: boolean }): Promise<void> {
  await http.put(`${base(callId)}/media`, media)
}

/**
 * Best effort while the page goes away: `keepalive` lets the request outlive the page, which only
 * the fetch adapter offers (a beacon cannot carry the CSRF header).
 */
export async function leaveCall(callId: string, session: string, keepalive = false): Promise<void> {
  await http.post(`${base(callId)}/leave`, { session }, keepalive ? { adapter: 'fetch', fetchOptions: { keepalive: true } } : {})
}

export async function hangUpCall(callId: string): Promise<void> {
  await http.post(`${base(callId)}/hangup`)
}

export async function startRecording(callId: string): Promise<RecordingView> {
  return (await http.post<RecordingView>(`${base(callId)}/recordings`)).data
}

export async function uploadChunk(callId: string, recordingId: string, seq: number, chunk: Blob, elapsedMs: number): Promise<ChunkAck> {
  const url = `${base(callId)}/recordings/${encodeURIComponent(recordingId)}/chunks/${seq}`
  const headers = { 'Content-Type': 'video/webm', 'X-Recording-Elapsed-Ms': String(Math.round(elapsedMs)) }
  return (await http.put<ChunkAck>(url, chunk, { headers })).data
}

export async function stopRecording(callId: string, recordingId: string, durationMs: number): Promise<RecordingView> {
  const url = `${base(callId)}/recordings/${encodeURIComponent(recordingId)}/stop`
  return (await http.post<RecordingView>(url, { durationMs: Math.round(durationMs) })).data
}

export async function fetchRecordings(callId: string): Promise<RecordingView[]> {
  return (await http.get<RecordingView[]>(`${base(callId)}/recordings`)).data
}

export function recordingUrl(recordingId: string): string {
  return `/api/recordings/${encodeURIComponent(recordingId)}/content`
}

export async function requestStill(callId: string): Promise<void> {
  await http.post(`${base(callId)}/still-requests`)
}

export async function uploadStill(callId: string, image: Blob, source: StillSource): Promise<StillView> {
  const form = new FormData()
  form.append('file', image, image.type === 'image/png' ? 'still.png' : 'still.jpg')
  form.append('source', source)
  return (await http.post<StillView>(`${base(callId)}/stills`, form)).data
}

export async function fetchStills(callId: string): Promise<StillView[]> {
  return (await http.get<StillView[]>(`${base(callId)}/stills`)).data
}

export function stillUrl(stillId: string): string {
  return `/api/stills/${encodeURIComponent(stillId)}/content`
}
