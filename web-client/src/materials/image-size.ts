/** The long side photos are scaled down to: documents stay legible, a 12 MP photo shrinks ~8x. */
export const MAX_LONG_SIDE = 2400
export const JPEG_QUALITY = 0.85

export interface Size {
  width: number
  height: number
}

/**
 * The size an image is drawn at so its long side is at most `maxLongSide`, keeping the aspect
 * ratio; smaller images keep their size (upscaling adds bytes, not detail).
 */
export function fitWithin(size: Size, maxLongSide = MAX_LONG_SIDE): Size & { scaled: boolean } {
  const long = Math.max(size.width, size.height)
  if (long <= maxLongSide || long <= 0) return { width: size.width, height: size.height, scaled: false }
  const scale = maxLongSide / long
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
    scaled: true,
  }
}

/** `photo.heic` → `photo.jpg`: the name follows the re-encoded content the server checks. */
export function jpegName(name: string): string {
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name || 'photo'
  return `${stem}.jpg`
}
