// Pure geometry of the recording's picture: a grid of everyone's video.

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** As square a grid as fits `count` tiles: 1 → 1×1, 2 → 2×1, 3-4 → 2×2, 5-6 → 3×2. */
export function gridOf(count: number): { cols: number; rows: number } {
  const cols = Math.max(1, Math.ceil(Math.sqrt(count)))
  return { cols, rows: Math.max(1, Math.ceil(count / cols)) }
}

export function tileRects(count: number, width: number, height: number): Rect[] {
  const { cols, rows } = gridOf(count)
  const w = Math.floor(width / cols)
  const h = Math.floor(height / rows)
  return Array.from({ length: count }, (_, index) => ({ x: (index % cols) * w, y: Math.floor(index / cols) * h, w, h }))
}

/** The largest rectangle of the source's shape inside `box`, centred (nothing cropped). */
export function fitContain(sourceWidth: number, sourceHeight: number, box: Rect): Rect {
  if (!sourceWidth || !sourceHeight) return box
  const scale = Math.min(box.w / sourceWidth, box.h / sourceHeight)
  const w = Math.round(sourceWidth * scale)
  const h = Math.round(sourceHeight * scale)
  return { x: box.x + Math.round((box.w - w) / 2), y: box.y + Math.round((box.h - h) / 2), w, h }
}
