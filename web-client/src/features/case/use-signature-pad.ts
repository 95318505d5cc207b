import SignaturePad from 'signature_pad'
import { inject, onBeforeUnmount, onMounted, ref, type InjectionKey, type Ref } from 'vue'

/** The slice of signature_pad the panel uses, so tests can draw without a real canvas. */
export interface Pad {
  isEmpty(): boolean
  clear(): void
  /** Called after every stroke. */
  onStroke(listener: () => void): void
  /** Fits the drawing surface to the element's size and the screen's pixel ratio. */
  fit(): void
  toPng(): Promise<Blob>
  off(): void
}

export type PadFactory = (canvas: HTMLCanvasElement) => Pad

export const PAD_FACTORY: InjectionKey<PadFactory> = Symbol('signature-pad-factory')

/** signature_pad on a canvas; white background so the stored PNG reads on any viewer. */
export function browserPad(canvas: HTMLCanvasElement): Pad {
  const pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255, 255, 255)', minWidth: 1, maxWidth: 3.5 })
  return {
    isEmpty: () => pad.isEmpty(),
    clear: () => pad.clear(),
    onStroke: (listener) => pad.addEventListener('endStroke', listener),
    fit() {
      // A hidden tab has no size: keep the canvas as it is until it is shown again.
      if (!canvas.offsetWidth || !canvas.offsetHeight) return
      // Resizing a canvas wipes it: keep the strokes and draw them again at the new size.
      const strokes = pad.toData()
      const ratio = Math.max(globalThis.devicePixelRatio || 1, 1)
      canvas.width = canvas.offsetWidth * ratio
      canvas.height = canvas.offsetHeight * ratio
      canvas.getContext('2d')?.scale(ratio, ratio)
      pad.clear()
      pad.fromData(strokes)
    },
    toPng: () =>
      new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png')),
    off: () => pad.off(),
  }
}

/** The pad on the component's canvas, with an `empty` flag for the buttons. */
export function useSignaturePad(canvas: Ref<HTMLCanvasElement | null>) {
  const factory = inject(PAD_FACTORY, browserPad)
  const empty = ref(true)
  let pad: Pad | undefined
  let observer: ResizeObserver | undefined
  const fit = () => pad?.fit()

  onMounted(() => {
    if (!canvas.value) return
    pad = factory(canvas.value)
    pad.fit()
    pad.onStroke(() => (empty.value = pad?.isEmpty() ?? true))
    // Also when its tab is shown again or the tablet turns: the drawing surface follows the box.
    if (typeof ResizeObserver === 'function') {
      observer = new ResizeObserver(fit)
      observer.observe(canvas.value)
    } else globalThis.addEventListener?.('resize', fit)
  })
  onBeforeUnmount(() => {
    observer?.disconnect()
    globalThis.removeEventListener?.('resize', fit)
    pad?.off()
  })

  function clear(): void {
    pad?.clear()
    empty.value = true
  }

  async function png(): Promise<Blob | null> {
    return pad && !pad.isEmpty() ? pad.toPng() : null
  }

  return { empty, clear, png }
}
