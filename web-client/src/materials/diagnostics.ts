import { browserCodec, prepareFile } from './prepare-image'

/**
 * `window.cloudwindowMaterials`: the photo preparation every worker upload goes through (upright,
 * at most 2400 px, JPEG 0.85), callable on its own. The client compression benchmark
 * (server: `ClientCompressionBenchmark`) feeds it sample photos in headless Chromium; support
 * staff can try a problem photo on a tablet: pick it in any file input, then
 * `await cloudwindowMaterials.prepareFile(input.files[0])`. It reads and uploads nothing.
 */
export interface MaterialsDiagnostics {
  prepareFile(file: File): Promise<File>
}

declare global {
  interface Window {
    cloudwindowMaterials?: MaterialsDiagnostics
  }
}

export function installMaterialsDiagnostics(
  target: { cloudwindowMaterials?: MaterialsDiagnostics } | undefined = globalThis.window,
): void {
  if (target) target.cloudwindowMaterials = { prepareFile: (file) => prepareFile(file, browserCodec) }
}
