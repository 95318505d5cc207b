import type { CallParticipant, CallView } from '@/api/call-types'
import type { PeerView } from './call-session-types'
import type { PeerLinks } from './peer-links'

/** The call's participants as the server last described them, updated by the notices since. */
export class Roster {
  private readonly participants = new Map<string, CallParticipant>()

  constructor(private readonly selfId: string) {}

  get(id: string): CallParticipant | undefined {
    return this.participants.get(id)
  }

  apply(view: CallView): void {
    for (const participant of view.participants) this.participants.set(String(participant.userId), participant)
  }

  markPresent(id: string, session: string | null): void {
    const known = this.participants.get(id)
    if (known) this.participants.set(id, { ...known, present: true, session: session ?? known.session })
  }

  markLeft(id: string): void {
    const participant = this.participants.get(id)
    if (participant) this.participants.set(id, { ...participant, present: false })
  }

  /** A `media` notice: what it leaves out stays as it was. */
  setMedia(id: string, media: { audio?: boolean | null; video?: boolean | null }): void {
    const participant = this.participants.get(id)
    if (participant) {
      this.participants.set(id, { ...participant, audio: media.audio ?? participant.audio, video: media.video ?? participant.video })
    }
  }

  /** Everyone else who is present or has a link, as the call screen shows them. */
  peers(links: Pick<PeerLinks, 'get' | 'ids'>): PeerView[] {
    const others = [...this.participants.values()].filter((p) => String(p.userId) !== this.selfId)
    const peerIds = new Set([...others.filter((p) => p.present).map((p) => String(p.userId)), ...links.ids()])
    return [...peerIds].map((id) => {
      const participant = this.participants.get(id)
      const link = links.get(id)
      return {
        id,
        role: participant?.role ?? null,
        displayName: participant?.displayName ?? '',
        stream: link?.remoteStream ?? null,
        audio: participant?.audio ?? true,
        video: participant?.video ?? true,
        connectionState: link?.connectionState ?? 'new',
      }
    })
  }
}
