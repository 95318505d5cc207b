import { describe, expect, it, vi } from 'vitest'
import { createCsrf, isMutating, readCookie } from './csrf'

describe('readCookie', () => {
  it('finds the cookie among others and decodes it', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=ab%2Bc; b=2')).toBe('ab+c')
  })

  it('does not match a cookie whose name only ends with the name', () => {
    expect(readCookie('XSRF-TOKEN', 'OLD-XSRF-TOKEN=x')).toBeUndefined()
  })

  it('treats an empty value as missing', () => {
    expect(readCookie('XSRF-TOKEN', 'XSRF-TOKEN=; a=1')).toBeUndefined()
    expect(readCookie('XSRF-TOKEN', '')).toBeUndefined()
  })
})

describe('isMutating', () => {
  it('flags everything but safe methods', () => {
    expect(['post', 'PUT', 'patch', 'delete'].every(isMutating)).toBe(true)
    expect(['get', 'HEAD', 'options', undefined].some(isMutating)).toBe(false)
  })
})

describe('createCsrf', () => {
  it('uses the cookie without asking the server', async () => {
    const fetchToken = vi.fn()
    const csrf = createCsrf(fetchToken, () => 'XSRF-TOKEN=t1')
    expect(await csrf.header()).toEqual({ name: 'X-XSRF-TOKEN', value: 't1' })
    expect(fetchToken).not.toHaveBeenCalled()
  })

  it('re-reads the cookie on every call, since the server rotates it', async () => {
    let cookies = 'XSRF-TOKEN=t1'
    const csrf = createCsrf(vi.fn(), () => cookies)
    await csrf.header()
    cookies = 'XSRF-TOKEN=t2'
    expect((await csrf.header())?.value).toBe('t2')
  })

  it('fetches the token once when the cookie is missing, shared by concurrent callers', async () => {
    let cookies = ''
    const fetchToken = vi.fn(async () => {
      cookies = 'XSRF-TOKEN=fresh'
      return { token: 'fresh', headerName: 'X-XSRF-TOKEN' }
    })
    const csrf = createCsrf(fetchToken, () => cookies)
    const [first, second] = await Promise.all([csrf.header(), csrf.header()])
    expect(first?.value).toBe('fresh')
    expect(second?.value).toBe('fresh')
    expect(fetchToken).toHaveBeenCalledTimes(1)
  })

  it('falls back to the token in the body when no cookie was stored', async () => {
    const csrf = createCsrf(async () => ({ token: 'body', headerName: 'X-CSRF' }), () => '')
    expect(await csrf.header()).toEqual({ name: 'X-CSRF', value: 'body' })
  })
})
