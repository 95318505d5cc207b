import { describe, expect, it } from 'vitest'
import { hasIdNumberShape, idCheckCode, isValidIdNumber, normalizeIdNumber } from './id-number'

describe('GB 11643 ID numbers', () => {
  it('computes the check character from the weighted sum', () => {
    expect(idCheckCode('11010519491231002')).toBe('X')
    expect(idCheckCode('44052418800101001')).toBe('4')
    expect(idCheckCode('33020319571108002')).toBe('7')
  })

  it('accepts valid numbers, with a lower-case x and spaces', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true)
    expect(isValidIdNumber('11010519491231002x')).toBe(true)
    expect(isValidIdNumber('110105 19491231 002X')).toBe(true)
    expect(isValidIdNumber('440524188001010014')).toBe(true)
  })

  it('rejects a wrong check character, one changed digit and swapped digits', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false)
    expect(isValidIdNumber('11010519491231003X')).toBe(false)
    expect(isValidIdNumber('440524188001010104')).toBe(false)
  })

  it('tells a wrong shape from a wrong checksum', () => {
    expect(hasIdNumberShape('1101051949123100')).toBe(false)
    expect(hasIdNumberShape('1101051949123100X2')).toBe(false)
    expect(hasIdNumberShape('110105194912310021')).toBe(true)
    expect(isValidIdNumber('')).toBe(false)
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X')
  })
})
