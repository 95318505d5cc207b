import { describe, expect, it } from 'vitest'
import { fitWithin, jpegName, MAX_LONG_SIDE } from './image-size'

describe('fitWithin', () => {
  it('scales a 12 MP landscape photo to 2400 px on the long side', () => {
    expect(fitWithin({ width: 4000, height: 3000 })).toEqual({ width: 2400, height: 1800, scaled: true })
  })

  it('scales a portrait photo by its height', () => {
    expect(fitWithin({ width: 3024, height: 4032 })).toEqual({ width: 1800, height: 2400, scaled: true })
  })

  it('keeps the pixels of a 12 MP photo to about a third', () => {
    const { width, height } = fitWithin({ width: 4000, height: 3000 })
    expect((width * height) / (4000 * 3000)).toBeCloseTo(0.36, 2)
  })

  it('never upscales, and leaves an image at the limit alone', () => {
    expect(fitWithin({ width: 1280, height: 800 })).toEqual({ width: 1280, height: 800, scaled: false })
    expect(fitWithin({ width: MAX_LONG_SIDE, height: 10 })).toEqual({ width: MAX_LONG_SIDE, height: 10, scaled: false })
  })

  it('keeps a very thin strip at least one pixel wide', () => {
    expect(fitWithin({ width: 10000, height: 2 })).toEqual({ width: 2400, height: 1, scaled: true })
  })

  it('takes another limit', () => {
    expect(fitWithin({ width: 1000, height: 500 }, 100)).toEqual({ width: 100, height: 50, scaled: true })
  })
})

describe('jpegName', () => {
  it('replaces the extension or adds one', () => {
    expect([jpegName('IMG_0001.HEIC'), jpegName('scan.png'), jpegName('photo'), jpegName('')]).toEqual([
      'IMG_0001.jpg',
      'scan.jpg',
      'photo.jpg',
      'photo.jpg',
    ])
  })
})
