import type { ServiceWindow } from '@/api/types'

export interface TransferTarget {
  window: ServiceWindow
  /** Serves the matter's department (or every department): the server will accept it. */
  fits: boolean
}

/** The windows a ticket can go to, those that can take its matter first; not its own window. */
export function transferTargets(
  windows: readonly ServiceWindow[],
  departmentCode: string | null,
  currentWindowId: number | undefined,
): TransferTarget[] {
  return windows
    .filter((window) => window.enabled && window.id !== currentWindowId)
    .map((window) => ({
      window,
      fits: departmentCode !== null && (window.comprehensive || window.departmentCode === departmentCode),
    }))
    .sort((a, b) => Number(b.fits) - Number(a.fits))
}
