import type { Problem } from '@/api/types'

/** What is kept across page reloads until the server has the whole file. */
export interface UploadJob {
  id: string
  caseId: number
  slotCode: string
  file: Blob
  fileName: string
  fileType: string
  size: number
  /** Orders the queue: pages of a slot reach the server in the order they were taken. */
  createdAt: number
  /** Where the server keeps the partial upload; known after creation, so a reload resumes there. */
  uploadUrl?: string | null
}

export interface UploadCallbacks {
  onProgress(sent: number, total: number): void
  onUploadUrl(url: string): void
}

export interface UploadRun {
  /** Resolves with the new page's id once the server accepted the last byte. */
  done: Promise<{ pageId: number | null }>
  abort(): void
}

/** Sends one job; throws an {@link UploadFailure} (or anything, taken as transient). */
export interface Uploader {
  upload(job: UploadJob, callbacks: UploadCallbacks): UploadRun
  /** Frees a partial upload the worker gave up on; best effort. */
  terminate?(uploadUrl: string): Promise<void>
}

/**
 * `refused`: the server judged the file (wrong type, too large, damaged, no access); sending it
 * again will not help. `transient`: the link or the server had a moment; it goes again later.
 */
export class UploadFailure extends Error {
  constructor(
    readonly kind: 'refused' | 'transient',
    readonly problem: Problem = { code: kind === 'transient' ? 'network' : 'unknown' },
  ) {
    super(problem.detail ?? problem.title ?? problem.code ?? kind)
  }
}

/** Where waiting jobs live: IndexedDB in the browser, a map in tests. */
export interface JobStore {
  all(): Promise<UploadJob[]>
  put(job: UploadJob): Promise<void>
  remove(id: string): Promise<void>
}

export interface Network {
  online(): boolean
  /** Returns the unsubscribe function. */
  onOnline(listener: () => void): () => void
}

export interface Clock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const UPLOAD_STATES = ['queued', 'uploading', 'waiting', 'failed'] as const
export type UploadState = (typeof UPLOAD_STATES)[number]

/** One file in the queue as the views show it. */
export interface UploadItem {
  id: string
  caseId: number
  slotCode: string
  fileName: string
  size: number
  state: UploadState
  sent: number
  /** Bytes per second; null until measured. */
  speed: number | null
  secondsLeft: number | null
  /** Why it failed (refused) or last failed (waiting). */
  problem: Problem | null
}
