import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/locales'
import { fieldErrors, problemMessage, toProblem } from './problem'
import type { Problem } from './types'

function failure(status: number, data: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() }
  const response = { status, data, statusText: '', headers: {}, config } as AxiosResponse
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, response)
}

describe('problem details', () => {
  beforeEach(() => setLocale('zh-CN'))

  it('translates a known code', () => {
    const problem = toProblem(failure(401, { status: 401, title: 'Unauthorized', code: 'auth.bad-credentials' }))
    expect(problemMessage(problem, i18n.global)).toBe('用户名或密码错误')
    setLocale('en')
    expect(problemMessage(problem, i18n.global)).toBe('Wrong username or password')
  })

  it('translates the lock-out', () => {
    const problem = toProblem(failure(429, { status: 429, code: 'auth.locked', detail: 'locked' }))
    expect(problemMessage(problem, i18n.global)).toContain('15 分钟')
  })

  it('falls back to detail, then title, for an unknown code', () => {
    expect(problemMessage({ code: 'queue.full', detail: '队列已满', title: 'Full' }, i18n.global)).toBe('队列已满')
    expect(problemMessage({ code: 'queue.full', title: 'Full' }, i18n.global)).toBe('Full')
    expect(problemMessage({}, i18n.global)).toBe(i18n.global.t('errors.unknown'))
  })

  it('tells a network failure from a server failure', () => {
    expect(toProblem(new AxiosError('down', 'ERR_NETWORK')).code).toBe('network')
    expect(toProblem(failure(502, '<html>Bad gateway</html>'))).toEqual({ status: 502, code: 'server' })
  })

  it('keeps the HTTP status when the body omits it', () => {
    expect(toProblem(failure(409, { code: 'conflict', title: 'Conflict' })).status).toBe(409)
  })

  it('maps field errors onto form fields, translating their codes', () => {
    const problem: Problem = {
      status: 400,
      code: 'validation',
      errors: [
        { field: 'username', code: 'duplicate', message: 'taken' },
        { field: 'username', code: 'Size', message: 'second error is ignored' },
        { field: 'phone', code: 'Pattern', message: 'bad phone' },
        { field: 'siteId', code: 'SiteTierMismatch', message: '站点层级不符' },
        { field: 'roles', code: 'Odd' },
      ],
    }
    expect(fieldErrors(problem, i18n.global)).toEqual({
      username: '已存在，请换一个',
      phone: '格式不正确',
      siteId: '站点层级不符',
      roles: '填写的内容不符合要求',
    })
    expect(problemMessage(problem, i18n.global)).toBe('填写的内容有误，请按提示修改')
  })

  it('has no field errors for a problem without them', () => {
    expect(fieldErrors({ code: 'conflict' }, i18n.global)).toEqual({})
  })
})
