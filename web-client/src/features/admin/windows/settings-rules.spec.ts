import { describe, expect, it } from 'vitest'
import { misorderedThresholds } from './settings-rules'

describe('misorderedThresholds', () => {
  const fine = { yellowWaiting: 5, redWaiting: 10, yellowLongestWaitMinutes: 10, redLongestWaitMinutes: 20 }

  it('accepts red limits above the yellow ones', () => {
    expect(misorderedThresholds(fine)).toEqual([])
    expect(misorderedThresholds({ ...fine, yellowWaiting: 9 })).toEqual([])
  })

  it('names each red limit that is not above its yellow one, equal included', () => {
    expect(misorderedThresholds({ ...fine, redWaiting: 5 })).toEqual(['redWaiting'])
    expect(misorderedThresholds({ ...fine, redLongestWaitMinutes: 3 })).toEqual(['redLongestWaitMinutes'])
    expect(misorderedThresholds({ yellowWaiting: 8, redWaiting: 2, yellowLongestWaitMinutes: 30, redLongestWaitMinutes: 30 })).toEqual([
      'redWaiting',
      'redLongestWaitMinutes',
    ])
  })

  it('leaves a missing value to the required check', () => {
    expect(misorderedThresholds({ ...fine, yellowWaiting: undefined, redLongestWaitMinutes: undefined })).toEqual([])
  })
})
