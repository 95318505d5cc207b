import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createHttp, CSRF_PATH } from './http'

interface Seen {
  method: string
  url: string
  csrf: string | undefined
}

/** A fake server: answers CSRF requests by setting the cookie and records what it was sent. */
function fakeServer(reply: (config: InternalAxiosRequestConfig, seen: Seen[]) => [number, unknown]) {
  let cookies = ''
  let issued = 0
  const seen: Seen[] = []
  const adapter = async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    const headers = AxiosHeaders.from(config.headers)
    seen.push({ method: config.method ?? 'get', url: config.url ?? '', csrf: headers.get('X-XSRF-TOKEN') as string | undefined })
    let status = 200
    let data: unknown
    if (config.url === CSRF_PATH) {
      issued++
      cookies = `XSRF-TOKEN=token-${issued}`
      data = { token: `token-${issued}`, headerName: 'X-XSRF-TOKEN' }
    } else {
      ;[status, data] = reply(config, seen)
    }
    const response = { status, data, statusText: '', headers: {}, config } as AxiosResponse
    if (status >= 400) throw new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, response)
    return response
  }
  const onUnauthenticated = vi.fn()
  const http = createHttp({ adapter, cookies: () => cookies, onUnauthenticated, language: () => 'en' })
  return { http, seen, onUnauthenticated, setCookies: (value: string) => (cookies = value) }
}

describe('http client', () => {
  let server: ReturnType<typeof fakeServer>

  beforeEach(() => {
    server = fakeServer(() => [200, {}])
  })

  it('fetches a CSRF token before the first mutating request and sends it', async () => {
    await server.http.post('/api/auth/login', { username: 'a', password: 'b' })
    expect(server.seen.map((s) => s.url)).toEqual([CSRF_PATH, '/api/auth/login'])
    expect(server.seen[1]?.csrf).toBe('token-1')
  })

  it('sends a mutating request in the same task once the CSRF cookie is there', async () => {
    server.setCookies('XSRF-TOKEN=known')
    const sent = server.http.post('/api/calls/c1/join', { session: 's' })
    expect(server.seen.map((s) => [s.url, s.csrf])).toEqual([['/api/calls/c1/join', 'known']])
    await sent
  })

  it('sends no CSRF header on reads and does not fetch one', async () => {
    await server.http.get('/api/me')
    expect(server.seen).toEqual([{ method: 'get', url: '/api/me', csrf: undefined }])
  })

  it('uses the current cookie value on each mutating request', async () => {
    server.setCookies('XSRF-TOKEN=one')
    await server.http.put('/api/admin/users/1', {})
    server.setCookies('XSRF-TOKEN=two')
    await server.http.delete('/api/tickets/1')
    expect(server.seen.map((s) => s.csrf)).toEqual(['one', 'two'])
  })

  it('refreshes the token and retries once after a csrf 403', async () => {
    server = fakeServer((config, seen) =>
      seen.filter((s) => s.url === config.url).length === 1 ? [403, { status: 403, code: 'csrf' }] : [204, null],
    )
    server.setCookies('XSRF-TOKEN=stale')
    const response = await server.http.post('/api/auth/logout')
    expect(response.status).toBe(204)
    expect(server.seen.map((s) => [s.url, s.csrf])).toEqual([
      ['/api/auth/logout', 'stale'],
      [CSRF_PATH, undefined],
      ['/api/auth/logout', 'token-1'],
    ])
  })

  it('gives up after one retry', async () => {
    server = fakeServer(() => [403, { status: 403, code: 'csrf' }])
    await expect(server.http.post('/api/admin/sites', {})).rejects.toBeInstanceOf(AxiosError)
    expect(server.seen.filter((s) => s.url === '/api/admin/sites')).toHaveLength(2)
  })

  it('does not retry a 403 that is not about CSRF', async () => {
    server = fakeServer(() => [403, { status: 403, code: 'forbidden' }])
    await expect(server.http.post('/api/admin/sites', {})).rejects.toBeInstanceOf(AxiosError)
    expect(server.seen.filter((s) => s.url === '/api/admin/sites')).toHaveLength(1)
  })

  it('reports a lost session on 401, but not for login or the session probe', async () => {
    server = fakeServer(() => [401, { status: 401, code: 'unauthenticated' }])
    await expect(server.http.get('/api/me')).rejects.toBeInstanceOf(AxiosError)
    await expect(server.http.post('/api/auth/login', {})).rejects.toBeInstanceOf(AxiosError)
    expect(server.onUnauthenticated).not.toHaveBeenCalled()
    await expect(server.http.get('/api/windows')).rejects.toBeInstanceOf(AxiosError)
    expect(server.onUnauthenticated).toHaveBeenCalledTimes(1)
  })
})
