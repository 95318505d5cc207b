const KEY = 'cloudwindow.desk.cases'

type Store = Pick<Storage, 'getItem' | 'setItem'> | undefined

/**
 * Ticket → case, as call-next answered it. The duty endpoint that restores the desk after a
 * reload sends the ticket without its case, so the tab keeps the pairs itself (per tab, like the
 * session the desk works in).
 */
export function createCaseMemory(storage: Store = globalThis.sessionStorage) {
  return createIdMemory(KEY, storage)
}

/** Pairs of ids kept per tab under `key`, for what no endpoint restores. */
export function createIdMemory(key: string, storage: Store = globalThis.sessionStorage) {
  function read(): Record<string, number> {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '{}')
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {}
    } catch {
      return {}
    }
  }

  return {
    get(from: number | string): number | null {
      const to = read()[String(from)]
      return typeof to === 'number' ? to : null
    },
    /** Only the latest few: a desk holds one ticket at a time. */
    set(from: number | string, to: number): void {
      const entries = Object.entries({ ...read(), [String(from)]: to }).slice(-20)
      try {
        storage?.setItem(key, JSON.stringify(Object.fromEntries(entries)))
      } catch {
        // Storage full or blocked: the pair still lives in the store for this page.
      }
    },
  }
}
