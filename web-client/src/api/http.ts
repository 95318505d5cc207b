import axios, { type AxiosInstance, type CreateAxiosDefaults, type InternalAxiosRequestConfig } from 'axios'
import { createCsrf, isMutating } from './csrf'
import { problemCode } from './problem'
import type { CsrfToken } from './types'

export const CSRF_PATH = '/api/auth/csrf'
/** Calls whose 401 means "not logged in yet" rather than "the session ended". */
const SESSION_PROBES = ['/api/auth/login', '/api/me']

interface HttpOptions extends CreateAxiosDefaults {
  cookies?: () => string
  language?: () => string
  onUnauthenticated?: () => void
}

type RetriableConfig = InternalAxiosRequestConfig & { csrfRetried?: boolean }

export function createHttp(options: HttpOptions = {}): AxiosInstance {
  const { cookies = () => document.cookie, language, onUnauthenticated, ...defaults } = options
  const http = axios.create({ baseURL: '', withCredentials: true, ...defaults })
  const csrf = createCsrf(async () => (await http.get<CsrfToken>(CSRF_PATH)).data, cookies)

  // Synchronous while the CSRF cookie is there (nearly always): axios then sends in the same task
  // instead of a few microtasks later, when a render may already have taken the main thread (a
  // call's join went out 60–90 ms after it was asked for, behind the render of the call view).
  http.interceptors.request.use(
    (config) => {
      config.headers.set('Accept', 'application/json')
      // The server localises problem details by Accept-Language: keep them in the UI language.
      if (language) config.headers.set('Accept-Language', language())
      const header = isMutating(config.method) ? csrf.known() : undefined
      if (header) config.headers.set(header.name, header.value)
      return config
    },
    undefined,
    { synchronous: true },
  )
  http.interceptors.request.use(
    async (config) => {
      const header = await csrf.header()
      if (header) config.headers.set(header.name, header.value)
      return config
    },
    undefined,
    { runWhen: (config) => isMutating(config.method) && !csrf.known() },
  )

  http.interceptors.response.use(undefined, async (error: unknown) => {
    if (!axios.isAxiosError(error) || !error.response || !error.config) throw error
    const config = error.config as RetriableConfig
    const { status, data } = error.response
    if (status === 403 && problemCode(data) === 'csrf' && isMutating(config.method) && !config.csrfRetried) {
      await csrf.refresh()
      config.csrfRetried = true
      return http.request(config)
    }
    if (status === 401 && !SESSION_PROBES.some((path) => config.url?.startsWith(path))) {
      onUnauthenticated?.()
    }
    throw error
  })

  return http
}

let unauthenticated: (() => void) | undefined
let currentLanguage = (): string => document.documentElement.lang || 'zh-CN'

/** Wired by main.ts, so this module needs neither the router nor i18n. */
export function configureHttp(options: { onUnauthenticated: () => void; language: () => string }) {
  unauthenticated = options.onUnauthenticated
  currentLanguage = options.language
}

export const http = createHttp({
  language: () => currentLanguage(),
  onUnauthenticated: () => unauthenticated?.(),
})
