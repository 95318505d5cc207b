// Resident identity card numbers, GB 11643-1999: 17 digits and a check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CODES = '10X98765432'
const SHAPE = /^\d{17}[\dX]$/

/** The check character for the first 17 digits. */
export function idCheckCode(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0)
  return CHECK_CODES[sum % 11] as string
}

/** Upper-cases the trailing x and drops spaces people type between groups. */
export function normalizeIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase()
}

export function hasIdNumberShape(value: string): boolean {
  return SHAPE.test(normalizeIdNumber(value))
}

export function isValidIdNumber(value: string): boolean {
  const id = normalizeIdNumber(value)
  return SHAPE.test(id) && idCheckCode(id.slice(0, 17)) === id[17]
}
