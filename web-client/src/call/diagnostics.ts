/** One remote participant as the browser tests and the benchmark read it. */
export interface PeerDiagnostics {
  peerId: string
  role: string
  connectionState: string
  framesDecoded: number
  frameWidth: number
  videoWidth: number
}

/**
 * `window.cloudwindowCall`: read-only figures of the live call for browser tests, the benchmark
 * and support staff (open the console on a tablet and ask for `cloudwindowCall.stats()`).
 */
export interface CallDiagnostics {
  state(): string
  stats(): Promise<PeerDiagnostics[]>
  /** Peer id → epoch ms at which its first remote video frame was presented. */
  firstFrameAt(): Record<string, number>
  /** Peer id → epoch ms at which its first remote video frame was decoded. */
  firstDecodedAt(): Record<string, number>
  /**
   * Set-up steps (start, media, join-sent, joined, link:<peer>, offer-sent, offer-received, answer-sent,
   * answer-received, connected:<peer>) → epoch ms, first time each.
   */
  timeline(): Record<string, number>
}

declare global {
  interface Window {
    cloudwindowCall?: CallDiagnostics
  }
}

/** Installs the hook; the returned function removes it unless a newer session replaced it. */
export function installDiagnostics(hook: CallDiagnostics, target: { cloudwindowCall?: CallDiagnostics } | undefined = globalThis.window): () => void {
  if (!target) return () => {}
  target.cloudwindowCall = hook
  return () => {
    if (target.cloudwindowCall === hook) delete target.cloudwindowCall
  }
}

/** When a remote video's first frame was decoded and when it was presented (epoch ms). */
export interface FirstFrame {
  decodedAt: number
  presentedAt: number
}

/**
 * Calls `onFirst` with the epoch times the element's first frame was decoded and presented: from
 * requestVideoFrameCallback where there is one (decoded = the frame's last packet received plus
 * its decoding time), else both when the first frame has loaded.
 */
export function watchFirstFrame(video: HTMLVideoElement, onFirst: (frame: FirstFrame) => void): () => void {
  const origin = performance.timeOrigin
  if (typeof video.requestVideoFrameCallback === 'function') {
    const handle = video.requestVideoFrameCallback((now, metadata) => {
      const presentedAt = origin + (metadata.presentationTime ?? now)
      const received = metadata.receiveTime
      const decodedAt = received === undefined ? presentedAt : origin + received + (metadata.processingDuration ?? 0) * 1000
      onFirst({ decodedAt: Math.min(decodedAt, presentedAt), presentedAt })
    })
    return () => video.cancelVideoFrameCallback?.(handle)
  }
  const loaded = () => {
    const at = origin + performance.now()
    onFirst({ decodedAt: at, presentedAt: at })
  }
  video.addEventListener('loadeddata', loaded, { once: true })
  return () => video.removeEventListener('loadeddata', loaded)
}

/** The first time each step of the set-up happened (epoch ms), for the set-up benchmark. */
export class SetupTimeline {
  private readonly marks: Record<string, number> = {}

  mark(step: string): void {
    this.marks[step] ??= performance.timeOrigin + performance.now()
  }

  read(): Record<string, number> {
    return { ...this.marks }
  }
}
