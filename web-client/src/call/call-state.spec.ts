import { describe, expect, it } from 'vitest'
import { derivePhase, type PhaseInput } from './call-state'

const live = (connectionState: RTCPeerConnectionState, receiving = true) => ({ connectionState, receiving })
const base: PhaseInput = { ended: false, joined: true, signaling: 'connected', peers: [] }

describe('derivePhase', () => {
  it.each<[string, Partial<PhaseInput>, string]>([
    ['before the join', { joined: false, peers: [live('connected')] }, 'connecting'],
    ['joined, nobody else yet', {}, 'connecting'],
    ['a link still negotiating', { peers: [live('connecting', false)] }, 'connecting'],
    ['connected but no media yet', { peers: [live('connected', false)] }, 'connecting'],
    ['connected and receiving', { peers: [live('connected')] }, 'connected'],
    ['a link disconnected', { peers: [live('connected'), live('disconnected')] }, 'reconnecting'],
    ['a link failed', { peers: [live('failed')] }, 'reconnecting'],
    ['STOMP down during the call', { signaling: 'reconnecting', peers: [live('connected')] }, 'reconnecting'],
    ['STOMP given up', { signaling: 'gave-up', peers: [live('connected')] }, 'reconnecting'],
    ['STOMP first connecting, join already back', { signaling: 'connecting', peers: [] }, 'connecting'],
    ['ended, whatever else', { ended: true, signaling: 'reconnecting', peers: [live('failed')] }, 'ended'],
  ])('%s', (_, input, phase) => {
    expect(derivePhase({ ...base, ...input })).toBe(phase)
  })
})
