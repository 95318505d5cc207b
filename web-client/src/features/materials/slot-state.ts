import type { SlotState } from '@/api/material-types'

type TagType = 'info' | 'warning' | 'success' | 'danger'

const TAGS: Record<SlotState, TagType> = { MISSING: 'info', UPLOADED: 'warning', VERIFIED: 'success', REJECTED: 'danger' }

export const slotTag = (state: SlotState): TagType => TAGS[state]
