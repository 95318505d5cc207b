import { describe, expect, it } from 'vitest'
import { callView, participant } from '@/test/webrtc'
import type { PeerLink } from './peer-link'
import { Roster } from './roster'

const noLinks = { get: () => undefined, ids: () => [] }

describe('Roster', () => {
  it('shows the others who are present or have a link, never this browser', () => {
    const roster = new Roster('3')
    roster.apply(callView([participant(1), participant(3), participant(5, { present: false }), participant(7, { present: false })]))
    const link = { remoteStream: null, connectionState: 'connecting' } as unknown as PeerLink
    const peers = roster.peers({ get: (id) => (id === '7' ? link : undefined), ids: () => ['7'] })
    expect(peers.map((p) => [p.id, p.connectionState])).toEqual([
      ['1', 'new'],
      ['7', 'connecting'],
    ])
  })

  it('keeps what a media notice leaves out, and marks comings and goings', () => {
    const roster = new Roster('3')
    roster.apply(callView([participant(1, { present: false })]))
    roster.markPresent('1', 's-new')
    roster.setMedia('1', { audio: false, video: null })
    expect(roster.get('1')).toMatchObject({ present: true, session: 's-new', audio: false, video: true })
    roster.markLeft('1')
    expect(roster.peers(noLinks)).toEqual([])
  })
})
