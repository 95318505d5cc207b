import type { Checklist, Material, MaterialPage, MaterialSlot } from '@/api/material-types'

export function page(id: number, overrides: Partial<MaterialPage> = {}): MaterialPage {
  return {
    id,
    position: 1,
    fileName: `page-${id}.jpg`,
    contentType: 'image/jpeg',
    size: 500_000,
    sha256: 'ab'.repeat(32),
    width: 2400,
    height: 1800,
    pageCount: null,
    uploadedBy: 3,
    uploadedAt: '2026-11-23T01:20:00Z',
    contentUrl: `/api/cases/9/materials/pages/${id}/content`,
    thumbnailUrl: `/api/cases/9/materials/pages/${id}/thumbnail`,
    ...overrides,
  }
}

export function material(id: number, slotCode: string, overrides: Partial<Material> = {}): Material {
  return {
    id,
    slotCode,
    version: 1,
    state: 'UPLOADED',
    reason: null,
    pages: [page(id * 10 + 1)],
    createdBy: 3,
    createdAt: '2026-11-23T01:20:00Z',
    checkedBy: null,
    checkedAt: null,
    ...overrides,
  }
}

export function slot(code: string, current: Material | null, overrides: Partial<MaterialSlot> = {}): MaterialSlot {
  return {
    code,
    name: { ID_CARD: '居民身份证', HOUSEHOLD_REGISTER: '居民户口簿', BANK_CARD: '本人银行卡或存折' }[code] ?? code,
    mandatory: true,
    state: current?.state ?? 'MISSING',
    current,
    history: [],
    ...overrides,
  }
}

export function checklist(...slots: MaterialSlot[]): Checklist {
  return { caseId: 9, slots }
}
