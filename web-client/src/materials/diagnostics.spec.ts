import { describe, expect, it } from 'vitest'
import { installMaterialsDiagnostics, type MaterialsDiagnostics } from './diagnostics'

describe('installMaterialsDiagnostics', () => {
  it('exposes the upload preparation, which passes a PDF through untouched', async () => {
    const page: { cloudwindowMaterials?: MaterialsDiagnostics } = {}
    installMaterialsDiagnostics(page)
    const pdf = new File(['%PDF-1.7'], 'scan.pdf', { type: 'application/pdf' })
    expect(await page.cloudwindowMaterials?.prepareFile(pdf)).toBe(pdf)
  })
})
