import type { Availability } from '@/api/consult-types'

/** Element Plus tag colours per availability: green available, orange busy, grey offline. */
export const AVAILABILITY_TAG: Record<Availability, 'success' | 'warning' | 'info'> = {
  AVAILABLE: 'success',
  BUSY: 'warning',
  OFFLINE: 'info',
}
