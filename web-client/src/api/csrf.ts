import type { CsrfToken } from './types'

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])

export function isMutating(method: string | undefined): boolean {
  return !SAFE_METHODS.has((method ?? 'GET').toUpperCase())
}

export function readCookie(name: string, cookies: string): string | undefined {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim()
      return value ? decodeURIComponent(value) : undefined
    }
  }
  return undefined
}

/**
 * Supplies the CSRF header Spring Security checks on mutating requests. The cookie is read on
 * every request because the server rotates the token (at login, for one); when it is missing the
 * token endpoint is asked once, and concurrent callers share that request.
 */
export function createCsrf(fetchToken: () => Promise<CsrfToken>, cookies: () => string) {
  let last: CsrfToken | undefined
  let pending: Promise<CsrfToken> | undefined

  async function refresh(): Promise<void> {
    pending ??= fetchToken().finally(() => {
      pending = undefined
    })
    last = await pending
  }

  /** The header from the cookie, without waiting; undefined when there is no cookie to read. */
  function known(): { name: string; value: string } | undefined {
    const value = readCookie(CSRF_COOKIE, cookies())
    return value ? { name: last?.headerName || CSRF_HEADER, value } : undefined
  }

  async function header(): Promise<{ name: string; value: string } | undefined> {
    let value = readCookie(CSRF_COOKIE, cookies())
    if (!value) {
      await refresh()
      // The body's token covers a cookie the browser did not store (e.g. a blocked cookie).
      value = readCookie(CSRF_COOKIE, cookies()) ?? last?.token
    }
    return value ? { name: last?.headerName || CSRF_HEADER, value } : undefined
  }

  return { header, known, refresh }
}
