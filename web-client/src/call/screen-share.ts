import type { Timers } from './ports'
import { withTimeout } from './with-timeout'

/**
 * The screen, a window or a tab, as one video track. The picker can be left open forever (or never
 * shown in some kiosks), so it is given 15 s; a screen chosen after that is closed again.
 */
export async function openScreen(
  getDisplayMedia: (constraints: DisplayMediaStreamOptions) => Promise<MediaStream>,
  timers: Timers,
  timeoutMs = 15_000,
): Promise<MediaStreamTrack> {
  const stream = await withTimeout(getDisplayMedia({ video: true }), timeoutMs, timers, (late) =>
    late.getTracks().forEach((track) => track.stop()),
  )
  const track = stream.getVideoTracks()[0]
  if (!track) throw new Error('the shared screen has no video')
  // Text on a shared form should stay sharp rather than fluid.
  if ('contentHint' in track) track.contentHint = 'detail'
  return track
}
