import { describe, expect, it, vi } from 'vitest'
import { prepareFile, type ImageCodec } from './prepare-image'

function codec(width: number, height: number, fails: 'decode' | 'encode' | null = null) {
  const close = vi.fn()
  const fake = {
    close,
    decode: vi.fn(async () => {
      if (fails === 'decode') throw new Error('cannot decode')
      return { width, height, source: {} as CanvasImageSource, close }
    }),
    encodeJpeg: vi.fn(async (_image, size: { width: number; height: number }) => {
      if (fails === 'encode') throw new Error('cannot encode')
      return new Blob([new Uint8Array(Math.round((size.width * size.height) / 10))], { type: 'image/jpeg' })
    }),
  }
  return fake as typeof fake & ImageCodec
}

describe('prepareFile', () => {
  it('turns a large photo into a 2400 px JPEG', async () => {
    const fake = codec(4000, 3000)
    const photo = new File([new Uint8Array(4_000_000)], 'IMG_1.png', { type: 'image/png' })
    const prepared = await prepareFile(photo, fake)
    expect(fake.encodeJpeg).toHaveBeenCalledWith(expect.anything(), { width: 2400, height: 1800, scaled: true }, 0.85)
    expect([prepared.name, prepared.type, prepared.size]).toEqual(['IMG_1.jpg', 'image/jpeg', 432000])
    expect(fake.close).toHaveBeenCalled()
  })

  it('re-encodes a small image too, so its EXIF rotation is applied and its metadata dropped', async () => {
    const fake = codec(800, 600)
    await prepareFile(new File(['x'], 'a.jpg', { type: 'image/jpeg' }), fake)
    expect(fake.encodeJpeg).toHaveBeenCalledWith(expect.anything(), { width: 800, height: 600, scaled: false }, 0.85)
  })

  it('passes PDFs untouched', async () => {
    const fake = codec(1, 1)
    const pdf = new File(['%PDF-1.7'], 'scan.pdf', { type: 'application/pdf' })
    expect(await prepareFile(pdf, fake)).toBe(pdf)
    expect(fake.decode).not.toHaveBeenCalled()
  })

  it('sends the original when the browser cannot decode or encode it (the server then explains)', async () => {
    const heic = new File(['x'], 'IMG.HEIC', { type: 'image/heic' })
    expect(await prepareFile(heic, codec(1, 1, 'decode'))).toBe(heic)
    expect(await prepareFile(heic, codec(1, 1, 'encode'))).toBe(heic)
  })
})
