// tus-js-client rather than Uppy: the views are Element Plus and the queue (order, offline store,
// backoff) is ours, so Uppy's state store, plugins and dashboard would only sit in between; its
// @uppy/tus plugin is this same client underneath.
import { Upload, type DetailedError, type HttpRequest, type HttpStack } from 'tus-js-client'
import { isMutating } from '@/api/csrf'
import type { Problem } from '@/api/types'
import { TUS_RETRY_DELAYS_MS } from './retry-delay'
import { UploadFailure, type Uploader, type UploadJob } from './upload-types'

/** The server acknowledges a PATCH only once it fully arrived: small enough for a weak link. */
export const CHUNK_SIZE = 1024 * 1024

export interface TusUploaderOptions {
  endpoint(caseId: number): string
  /** The CSRF header for mutating requests (POST, PATCH, DELETE). */
  csrfHeader(): Promise<{ name: string; value: string } | undefined>
  /** After the server refused the token: fetch a fresh one. */
  refreshCsrf(): Promise<void>
  /** The server translates problem details by Accept-Language. */
  language(): string
  online?(): boolean
  httpStack?: HttpStack
  retryDelays?: number[]
}

function parseProblem(body: string | undefined, status: number): Problem {
  try {
    const data: unknown = body ? JSON.parse(body) : null
    if (data && typeof data === 'object') return { ...(data as Problem), status: (data as Problem).status ?? status }
  } catch {
    // Not JSON: a proxy's error page, say.
  }
  return { status, code: status >= 500 ? 'server' : 'unknown' }
}

/** Duck-typed: tus-js-client ships several builds, each with its own DetailedError class. */
const responseOf = (error: unknown) => (error as Partial<DetailedError> | null)?.originalResponse ?? null
const statusOf = (error: unknown) => responseOf(error)?.getStatus() ?? 0

/**
 * 4xx means the server judged the file or the request, so sending it again is pointless, except
 * 401 (logging in again lets it through), 408, 409 (offset out of step: tus looks again), 423 and
 * 429. No response at all is the link.
 */
export function classify(error: unknown, cause?: string): UploadFailure {
  const status = statusOf(error)
  // No response: the link, or the browser refused to send (the cause says which, for support).
  if (status === 0) return new UploadFailure('transient', { code: 'network', ...(cause ? { detail: cause } : {}) })
  const problem = parseProblem(responseOf(error)?.getBody(), status)
  const refused = status >= 400 && status < 500 && ![401, 408, 409, 423, 429].includes(status)
  return new UploadFailure(refused ? 'refused' : 'transient', problem)
}

export function tusUploader(options: TusUploaderOptions): Uploader {
  const online = options.online ?? (() => globalThis.navigator?.onLine !== false)
  let refreshing: Promise<void> | null = null
  // Only when given: tus-js-client spreads its options over the defaults, so an explicit
  // `httpStack: undefined` would replace the browser's stack with nothing.
  const stack = options.httpStack ? { httpStack: options.httpStack } : {}

  async function beforeRequest(request: HttpRequest): Promise<void> {
    if (refreshing) await refreshing.catch(() => undefined)
    request.setHeader('Accept-Language', options.language())
    if (isMutating(request.getMethod())) {
      const header = await options.csrfHeader()
      if (header) request.setHeader(header.name, header.value)
    }
  }

  function shouldRetry(error: DetailedError): boolean {
    const status = statusOf(error)
    if (status === 403 && parseProblem(responseOf(error)?.getBody(), status).code === 'csrf') {
      refreshing = options.refreshCsrf().finally(() => {
        refreshing = null
      })
      return true
    }
    return classify(error).kind === 'transient' && status !== 401 && online()
  }

  return {
    upload(job: UploadJob, callbacks) {
      let upload: Upload | undefined
      const done = new Promise<{ pageId: number | null }>((resolve, reject) => {
        upload = new Upload(job.file, {
          endpoint: options.endpoint(job.caseId),
          // Our own resume record lives with the job in IndexedDB, so tus keeps none in localStorage.
          uploadUrl: job.uploadUrl ?? null,
          storeFingerprintForResuming: false,
          uploadSize: job.size,
          metadata: { slot: job.slotCode, filename: job.fileName, filetype: job.fileType },
          chunkSize: CHUNK_SIZE,
          retryDelays: options.retryDelays ?? TUS_RETRY_DELAYS_MS,
          ...stack,
          onBeforeRequest: beforeRequest,
          onShouldRetry: (error) => shouldRetry(error),
          onUploadUrlAvailable: () => {
            if (upload?.url) callbacks.onUploadUrl(upload.url)
          },
          onProgress: (sent, total) => callbacks.onProgress(sent, total),
          onSuccess: ({ lastResponse }) => {
            const pageId = Number(lastResponse.getHeader('Material-Page-Id'))
            resolve({ pageId: Number.isFinite(pageId) && pageId > 0 ? pageId : null })
          },
          onError: (error) => reject(classify(error, String(error))),
        })
        upload.start()
      })
      return { done, abort: () => void upload?.abort(false) }
    },
    async terminate(uploadUrl) {
      await Upload.terminate(uploadUrl, {
        onBeforeRequest: beforeRequest,
        ...stack,
        retryDelays: null,
      })
    },
  }
}
