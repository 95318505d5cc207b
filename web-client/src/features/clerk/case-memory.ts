const KEY = 'cloudwindow.desk.cases'

/**
 * Ticket → case, as call-next answered it. The duty endpoint that restores the desk after a
 * reload sends the ticket without its case, so the tab keeps the pairs itself (per tab, like the
 * session the desk works in).
 */
export function createCaseMemory(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.sessionStorage) {
  function read(): Record<string, number> {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}')
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {}
    } catch {
      return {}
    }
  }

  return {
    get(ticketId: number): number | null {
      const caseId = read()[String(ticketId)]
      return typeof caseId === 'number' ? caseId : null
    },
    /** Only the latest few: a desk holds one ticket at a time. */
    set(ticketId: number, caseId: number): void {
      const entries = Object.entries({ ...read(), [String(ticketId)]: caseId }).slice(-20)
      try {
        storage?.setItem(KEY, JSON.stringify(Object.fromEntries(entries)))
      } catch {
        // Storage full or blocked: the pair still lives in the store for this page.
      }
    },
  }
}
