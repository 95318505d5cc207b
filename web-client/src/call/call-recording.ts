import type { CallContext } from './call-context'
import type { LocalMedia } from './local-media'
import type { PeerLinks } from './peer-links'
import type { RecorderDeps, RecordingSource } from './recorder'
import { RecordingSession } from './recording-session'
import type { Roster } from './roster'

export interface CallRecordingOptions {
  /** Absent where this browser does not record (only the clerk's does). */
  recorder?: RecorderDeps
  /** What is recorded: every peer's video as shown here, and this browser's own. */
  roster: Roster
  links: Pick<PeerLinks, 'videoOf' | 'get' | 'ids'>
  local: Pick<LocalMedia, 'stream'>
}

/**
 * Recording as the call screen shows it: whether anyone records the call (as the server says),
 * and this browser's own recording where it can record.
 */
export class CallRecording {
  /** The element this browser's own picture is shown in, recorded as its tile. */
  localVideo: HTMLVideoElement | null = null
  private readonly session: RecordingSession | null
  private serverRecording = false

  constructor(
    private readonly call: CallContext,
    private readonly options: CallRecordingOptions,
  ) {
    const { callId, api, timers, log } = call
    this.session = options.recorder
      ? new RecordingSession({
          callId,
          api,
          deps: options.recorder,
          sources: () => this.sources(),
          timers,
          log,
          // After the end the server may have closed the recording: the refusal is expected then.
          onUploadFailed: (error) => (call.ended() || call.disposed() ? log.warn('[call] late chunk refused', error) : call.problem('upload-failed', error)),
        })
      : null
  }

  get available(): boolean {
    return this.session !== null
  }

  /** Someone is recording the call. */
  get anyone(): boolean {
    return this.serverRecording || !!this.session?.active
  }

  get here(): boolean {
    return !!this.session?.active
  }

  get saving(): boolean {
    return !!this.session?.saving
  }

  /** What the server says: from the call's view or a `recording` notice. */
  announced(recording: boolean): void {
    this.serverRecording = recording
  }

  async start(): Promise<void> {
    if (!this.session || this.call.ended()) return
    try {
      await this.session.start()
      this.serverRecording = true
    } catch (error) {
      this.call.problem('record-failed', error)
    }
    this.call.changed()
  }

  async stop(): Promise<void> {
    if (!this.session?.active) return
    const stopping = this.session.stop()
    this.call.changed()
    try {
      await stopping
      this.serverRecording = false
    } catch (error) {
      this.call.problem('record-failed', error)
    }
    this.call.changed()
  }

  /** The call is over here: the chunks so far and the stop still reach the server, in the background. */
  finish(): void {
    if (this.session?.active) this.session.stop().catch((error) => this.call.log.warn('[call] the recording could not be closed', error))
  }

  private sources(): RecordingSource[] {
    const { roster, links, local } = this.options
    const selfId = this.call.selfId
    const self = roster.get(selfId)
    const own: RecordingSource = { id: selfId, label: self?.displayName ?? '', video: this.localVideo, stream: local.stream }
    const remote = roster.peers(links).map((peer) => ({
      id: peer.id,
      label: peer.displayName,
      video: links.videoOf(peer.id) ?? null,
      stream: peer.stream,
    }))
    return [...remote, own]
  }
}
