/** `532 KB`, `1.4 MB`: enough to tell a photo from a scan at a glance. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Whole minutes and seconds, for "about … left". */
export function splitSeconds(total: number): { m: number; s: number } {
  const seconds = Math.max(0, Math.ceil(total))
  return { m: Math.floor(seconds / 60), s: seconds % 60 }
}
