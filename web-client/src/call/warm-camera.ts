import { cameraConstraints } from './local-media'

/**
 * A camera and microphone opened just before a call needs them (a tablet whose number is called,
 * a clerk pressing 叫号): opening a camera takes 100 ms or more, and doing it while the answer and
 * the join are on the wire takes it off the call's set-up time. The next getUserMedia with the same
 * constraints gets this stream; if nobody takes it, it is closed again.
 */
export interface WarmCamera {
  warm(): void
  /** The call did not start after all (nobody was waiting): close the camera now, unless held. */
  cool(): void
  /**
   * Keeps the camera open, with no time limit, while a call is likely any moment (a clerk on duty
   * with residents waiting, a tablet near the head of the queue); the page shows it as a preview
   * so an open camera is never hidden. Let go, it closes after a few seconds unless a call takes it.
   */
  hold(on: boolean): void
  /** The warm stream for a preview, or null when none is open. */
  preview(): Promise<MediaStream> | null
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

/**
 * A held camera let go is closed after this unless a call takes it: the view that held it goes
 * away in the same render that starts the call.
 */
export const LET_GO_MS = 5_000

export function createWarmCamera(deps: WarmCameraDeps, forMs = WARM_FOR_MS, letGoMs = LET_GO_MS): WarmCamera {
  let waiting: { key: string; stream: Promise<MediaStream>; timer: unknown } | null = null
  let held = false

  function release(): void {
    if (!waiting) return
    const { stream, timer } = waiting
    waiting = null
    deps.clearTimeout(timer)
    stream.then((s) => s.getTracks().forEach((track) => track.stop())).catch(() => undefined)
  }

  /** Opens the camera if it is not open, and (re)sets when it closes by itself: never while held. */
  function open(closeAfterMs: number | null): void {
    if (!waiting) {
      const constraints = warmCameraConstraints()
      const stream = deps.getUserMedia(constraints)
      // A refusal shows later, when the call asks for the camera itself.
      stream.catch(() => undefined)
      waiting = { key: JSON.stringify(constraints), stream, timer: undefined }
    }
    deps.clearTimeout(waiting.timer)
    waiting.timer = closeAfterMs === null ? undefined : deps.setTimeout(release, closeAfterMs)
  }

  return {
    warm() {
      if (!waiting) open(held ? null : forMs)
    },
    cool() {
      if (!held) release()
    },
    hold(on) {
      held = on
      if (on) open(null)
      else if (waiting) open(letGoMs)
    },
    preview: () => waiting?.stream ?? null,
    take(constraints) {
      if (!waiting || waiting.key !== JSON.stringify(constraints)) return null
      const { stream, timer } = waiting
      waiting = null
      deps.clearTimeout(timer)
      return stream
    },
  }
}
