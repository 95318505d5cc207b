import type { HttpRequest, HttpResponse, HttpStack } from 'tus-js-client'
import { describe, expect, it, vi } from 'vitest'
import { CHUNK_SIZE, tusUploader } from './tus-uploader'
import { UploadFailure, type UploadJob } from './upload-types'

interface Seen {
  method: string
  url: string
  headers: Record<string, string>
  bytes: number
}

type Answer = { status: number; headers?: Record<string, string>; body?: string }
type Handler = (request: Seen) => Answer

/** A tus server in memory: creation, HEAD, PATCH with offsets, and a hook to misbehave. */
function fakeServer(override?: (request: Seen, count: number) => ReturnType<Handler> | undefined) {
  const seen: Seen[] = []
  let offset = 0
  let length = 0
  const handle: Handler = (request) => {
    const special = override?.(request, seen.length)
    if (special) return special
    if (request.method === 'POST') {
      length = Number(request.headers['upload-length'])
      return { status: 201, headers: { Location: '/api/cases/7/materials/uploads/u1' } }
    }
    if (request.method === 'HEAD') return { status: 200, headers: { 'Upload-Offset': String(offset), 'Upload-Length': String(length) } }
    if (request.method === 'PATCH') {
      offset += request.bytes
      return { status: 204, headers: { 'Upload-Offset': String(offset), ...(offset === length ? { 'Material-Page-Id': '99' } : {}) } }
    }
    return { status: 204 }
  }
  const stack: HttpStack = {
    getName: () => 'fake',
    createRequest(method: string, url: string): HttpRequest {
      const headers: Record<string, string> = {}
      const request: HttpRequest = {
        getMethod: () => method,
        getURL: () => url,
        setHeader: (name, value) => void (headers[name.toLowerCase()] = value),
        getHeader: (name) => headers[name.toLowerCase()],
        setProgressHandler: () => {},
        abort: async () => {},
        getUnderlyingObject: () => null,
        async send(body?: Blob): Promise<HttpResponse> {
          const entry = { method, url, headers: { ...headers }, bytes: body?.size ?? 0 }
          const answer = handle(entry)
          seen.push(entry)
          if (answer.status === 0) throw new Error('network down')
          const responseHeaders = Object.fromEntries(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
          return {
            getStatus: () => answer.status,
            getHeader: (name) => responseHeaders[name.toLowerCase()],
            getBody: () => answer.body ?? '',
            getUnderlyingObject: () => null,
          }
        },
      }
      return request
    },
  }
  return { stack, seen }
}

const job = (size: number, extra: Partial<UploadJob> = {}): UploadJob => ({
  id: 'j1',
  caseId: 7,
  slotCode: 'ID_CARD',
  file: new Blob([new Uint8Array(size)], { type: 'image/jpeg' }),
  fileName: '身份证.jpg',
  fileType: 'image/jpeg',
  size,
  createdAt: 0,
  uploadUrl: null,
  ...extra,
})

function uploaderOver(stack: HttpStack, refreshCsrf = vi.fn(async () => {})) {
  return tusUploader({
    endpoint: (caseId) => `/api/cases/${caseId}/materials`,
    csrfHeader: async () => ({ name: 'X-XSRF-TOKEN', value: 'tok' }),
    refreshCsrf,
    language: () => 'en',
    httpStack: stack,
    retryDelays: [0, 0, 0],
    online: () => true,
  })
}

const callbacks = () => ({ onProgress: vi.fn(), onUploadUrl: vi.fn() })

describe('tusUploader', () => {
  it('creates the upload with the slot in its metadata and sends 1 MB chunks with the CSRF header', async () => {
    const size = CHUNK_SIZE * 2 + 10
    const { stack, seen } = fakeServer()
    const hooks = callbacks()
    const result = await uploaderOver(stack).upload(job(size), hooks).done
    expect(seen.map((request) => request.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH'])
    expect(seen.map((request) => request.bytes)).toEqual([0, CHUNK_SIZE, CHUNK_SIZE, 10])
    const create = seen[0]!
    expect(create.headers['tus-resumable']).toBe('1.0.0')
    expect(create.headers['upload-length']).toBe(String(size))
    const metadata = Object.fromEntries(
      create.headers['upload-metadata']!.split(',').map((pair) => {
        const [key, value] = pair.split(' ')
        return [key, new TextDecoder().decode(Uint8Array.from(atob(value!), (c) => c.charCodeAt(0)))]
      }),
    )
    expect(metadata).toEqual({ slot: 'ID_CARD', filename: '身份证.jpg', filetype: 'image/jpeg' })
    expect(seen.every((request) => request.headers['x-xsrf-token'] === 'tok' && request.headers['accept-language'] === 'en')).toBe(true)
    expect(seen[1]!.headers['content-type']).toBe('application/offset+octet-stream')
    expect(hooks.onUploadUrl).toHaveBeenCalledWith('/api/cases/7/materials/uploads/u1')
    expect(result).toEqual({ pageId: 99 })
  })

  it('answers the page id of the final PATCH', async () => {
    const { stack } = fakeServer((request) =>
      request.method === 'PATCH' ? { status: 204, headers: { 'Upload-Offset': '5', 'Material-Page-Id': '99' } } : undefined,
    )
    expect(await uploaderOver(stack).upload(job(5), callbacks()).done).toEqual({ pageId: 99 })
  })

  it('resumes a known upload where the server stopped, without creating another', async () => {
    let offset = 0
    const { stack, seen } = fakeServer((request): Answer | undefined => {
      if (request.method === 'HEAD') return { status: 200, headers: { 'Upload-Offset': String(CHUNK_SIZE), 'Upload-Length': String(CHUNK_SIZE + 100) } }
      if (request.method === 'PATCH') {
        offset = CHUNK_SIZE + request.bytes
        return { status: 204, headers: { 'Upload-Offset': String(offset), 'Material-Page-Id': '3' } }
      }
      return undefined
    })
    await uploaderOver(stack).upload(job(CHUNK_SIZE + 100, { uploadUrl: '/api/cases/7/materials/uploads/u0' }), callbacks()).done
    expect(seen.map((request) => `${request.method} ${request.url} ${request.bytes}`)).toEqual([
      'HEAD /api/cases/7/materials/uploads/u0 0',
      `PATCH /api/cases/7/materials/uploads/u0 100`,
    ])
  })

  it('retries a dropped chunk', async () => {
    const { stack, seen } = fakeServer((request, count) => (request.method === 'PATCH' && count === 1 ? { status: 0 } : undefined))
    await uploaderOver(stack).upload(job(10), callbacks()).done
    expect(seen.map((request) => request.method)).toEqual(['POST', 'PATCH', 'HEAD', 'PATCH'])
  })

  it('fetches a new CSRF token once the server refused it, and goes on', async () => {
    const refresh = vi.fn(async () => {})
    const { stack, seen } = fakeServer((request, count) =>
      request.method === 'POST' && count === 0 ? { status: 403, body: JSON.stringify({ code: 'csrf' }) } : undefined,
    )
    await uploaderOver(stack, refresh).upload(job(10), callbacks()).done
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(seen.map((request) => request.method)).toEqual(['POST', 'POST', 'PATCH'])
  })

  it('turns a refusal into the server’s translated problem, without retrying', async () => {
    const problem = { status: 415, code: 'material.heic-unsupported', title: 'HEIC photos are not accepted yet', detail: 'Take it as JPEG' }
    const { stack, seen } = fakeServer((request) => (request.method === 'PATCH' ? { status: 415, body: JSON.stringify(problem) } : undefined))
    const failure = await uploaderOver(stack).upload(job(10), callbacks()).done.catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(UploadFailure)
    expect(failure).toMatchObject({ kind: 'refused', problem })
    expect(seen.map((request) => request.method)).toEqual(['POST', 'PATCH'])
  })

  it('gives up on a link that stays down as a transient failure, for the queue to try later', async () => {
    const { stack } = fakeServer(() => ({ status: 0 }))
    const failure = await uploaderOver(stack).upload(job(10), callbacks()).done.catch((error: unknown) => error)
    expect(failure).toMatchObject({ kind: 'transient', problem: { code: 'network' } })
  })
})
