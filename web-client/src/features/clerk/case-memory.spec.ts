import { describe, expect, it } from 'vitest'
import { createCaseMemory } from './case-memory'

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) }
}

describe('case memory', () => {
  it('remembers the case of a ticket across instances (a reload of the tab)', () => {
    const storage = memoryStorage()
    createCaseMemory(storage).set(4, 40)
    expect(createCaseMemory(storage).get(4)).toBe(40)
    expect(createCaseMemory(storage).get(5)).toBeNull()
  })

  it('keeps only the latest twenty tickets', () => {
    const storage = memoryStorage()
    const memory = createCaseMemory(storage)
    for (let id = 1; id <= 25; id++) memory.set(id, id * 10)
    expect([memory.get(5), memory.get(6), memory.get(25)]).toEqual([null, 60, 250])
  })

  it('survives garbage and a storage that refuses', () => {
    const storage = memoryStorage()
    storage.data.set('cloudwindow.desk.cases', '{not json')
    expect(createCaseMemory(storage).get(1)).toBeNull()
    const blocked = createCaseMemory({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    })
    expect(() => blocked.set(1, 2)).not.toThrow()
    expect(blocked.get(1)).toBeNull()
  })
})
