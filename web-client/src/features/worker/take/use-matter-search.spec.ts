import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import type { MatterSummary } from '@/api/queue-types'
import { SEARCH_DEBOUNCE_MS, useMatterSearch } from './use-matter-search'

const matter = (code: string) => ({ code, name: code }) as MatterSummary

describe('useMatterSearch', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function start(search: (q: string) => Promise<MatterSummary[]>) {
    const scope = effectScope()
    return scope.run(() => useMatterSearch(search)) as ReturnType<typeof useMatterSearch>
  }

  /** Types into the box and lets the debounce run out. */
  async function ask(state: ReturnType<typeof useMatterSearch>, value: string) {
    state.query.value = value
    await nextTick()
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS)
  }

  it('asks once typing pauses, with the trimmed query', async () => {
    const search = vi.fn(async () => [matter('A')])
    const state = start(search)
    for (const value of ['g', 'gl', 'glj', ' gljt ']) {
      state.query.value = value
      await nextTick()
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50)
    }
    expect(search).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(50)
    expect(search).toHaveBeenCalledExactlyOnceWith('gljt')
    expect(state.results.value.map((m) => m.code)).toEqual(['A'])
    expect(state.searching.value).toBe(false)
  })

  it('drops an answer that comes after a newer question', async () => {
    let answerFirst: (found: MatterSummary[]) => void = () => {}
    const search = vi
      .fn<(q: string) => Promise<MatterSummary[]>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce([matter('NEW')])
    const state = start(search)
    await ask(state, 'old')
    await ask(state, 'new')
    answerFirst([matter('OLD')])
    await vi.runAllTimersAsync()
    expect(state.results.value.map((m) => m.code)).toEqual(['NEW'])
  })

  it('clears the results when the box is emptied, without asking', async () => {
    const search = vi.fn(async () => [matter('A')])
    const state = start(search)
    await ask(state, 'a')
    await ask(state, '  ')
    expect(search).toHaveBeenCalledTimes(1)
    expect(state.results.value).toEqual([])
    expect(state.nothingFound.value).toBe(false)
  })
})
