import { describe, expect, it } from 'vitest'
import { formatBytes, splitSeconds } from './format'

describe('format', () => {
  it('shows sizes in B, KB and MB', () => {
    expect([formatBytes(512), formatBytes(500 * 1024), formatBytes(4.2 * 1024 * 1024)]).toEqual(['512 B', '500 KB', '4.2 MB'])
  })

  it('splits seconds into minutes and seconds', () => {
    expect([splitSeconds(42), splitSeconds(125), splitSeconds(0.2)]).toEqual([{ m: 0, s: 42 }, { m: 2, s: 5 }, { m: 0, s: 1 }])
  })
})
