/**
 * What the server accepts (it checks the real content again). HEIC reaches it only when the
 * browser cannot decode it (Chromium); the server converts it to JPEG.
 */
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf'] as const
export const MAX_FILE_BYTES = 20 * 1024 * 1024
/** For the file input: phones offer camera and files; the server judges the real type. */
export const CAPTURE_ACCEPT = 'image/*,application/pdf'

export const FILE_FAULTS = ['type-not-allowed', 'too-large', 'empty'] as const
export type FileFault = (typeof FILE_FAULTS)[number]

const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  heic: 'image/heic',
  heif: 'image/heif',
}

/** Some Android pickers give no type: the extension is the next best hint. */
export function fileType(file: { name: string; type: string }): string {
  if (file.type) return file.type.toLowerCase()
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  return BY_EXTENSION[extension] ?? ''
}

export const isPdf = (type: string) => type === 'application/pdf'
/** Images the browser may decode and re-encode (Safari decodes HEIC itself; others send it as it is). */
export const isImage = (type: string) => type.startsWith('image/')

/** Why a prepared file will not be sent, checked before it takes room in the queue. */
export function fileFault(file: { name: string; type: string; size: number }): FileFault | null {
  if (file.size === 0) return 'empty'
  const type = fileType(file)
  if (!(ACCEPTED_TYPES as readonly string[]).includes(type)) return 'type-not-allowed'
  if (file.size > MAX_FILE_BYTES) return 'too-large'
  return null
}
