import { cameraConstraints } from './local-media'

/**
 * A camera and microphone opened just before a call needs them (a tablet whose number is called,
 * a clerk pressing 叫号): opening a camera takes 100 ms or more, and doing it while the answer and
 * the join are on the wire takes it off the call's set-up time. The next getUserMedia with the same
 * constraints gets this stream; if nobody takes it, it is closed again.
 */
export interface WarmCamera {
  warm(): void
  /** The call did not start after all (nobody was waiting): close the camera now. */
  cool(): void
  /** The warmed stream for these constraints, once; null if none is waiting. */
  take(constraints: MediaStreamConstraints): Promise<MediaStream> | null
}

export interface WarmCameraDeps {
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** Unused warm streams are closed after this, so the camera light does not stay on. */
export const WARM_FOR_MS = 60_000

export function warmCameraConstraints(): MediaStreamConstraints {
  return { video: cameraConstraints('user'), audio: true }
}

export function createWarmCamera(deps: WarmCameraDeps, forMs = WARM_FOR_MS): WarmCamera {
  let waiting: { key: string; stream: Promise<MediaStream>; timer: unknown } | null = null

  function release(): void {
    if (!waiting) return
    const { stream, timer } = waiting
    waiting = null
    deps.clearTimeout(timer)
    stream.then((s) => s.getTracks().forEach((track) => track.stop())).catch(() => undefined)
  }

  return {
    warm() {
      if (waiting) return
      const constraints = warmCameraConstraints()
      const stream = deps.getUserMedia(constraints)
      // A refusal shows later, when the call asks for the camera itself.
      stream.catch(() => undefined)
      waiting = { key: JSON.stringify(constraints), stream, timer: deps.setTimeout(release, forMs) }
    },
    cool: release,
    take(constraints) {
      if (!waiting || waiting.key !== JSON.stringify(constraints)) return null
      const { stream, timer } = waiting
      waiting = null
      deps.clearTimeout(timer)
      return stream
    },
  }
}
