import { describe, expect, it } from 'vitest'
import { fileFault, fileType, MAX_FILE_BYTES } from './file-rules'

describe('file rules', () => {
  it('accepts JPEG, PNG, WebP, HEIC/HEIF and PDF up to 20 MB', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf']) {
      expect(fileFault({ name: 'x', type, size: MAX_FILE_BYTES })).toBeNull()
    }
  })

  it('names what is wrong', () => {
    expect(fileFault({ name: 'a.docx', type: 'application/msword', size: 10 })).toBe('type-not-allowed')
    expect(fileFault({ name: 'a.pdf', type: 'application/pdf', size: MAX_FILE_BYTES + 1 })).toBe('too-large')
    expect(fileFault({ name: 'a.jpg', type: 'image/jpeg', size: 0 })).toBe('empty')
  })

  it('falls back to the extension when the picker gave no type', () => {
    expect(fileType({ name: 'SCAN.PDF', type: '' })).toBe('application/pdf')
    expect(fileType({ name: 'noext', type: '' })).toBe('')
    expect(fileFault({ name: 'IMG_0001.HEIC', type: '', size: 10 })).toBeNull()
  })
})
