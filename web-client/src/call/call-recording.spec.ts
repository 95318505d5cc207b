import { describe, expect, it } from 'vitest'
import { callView, fakeApi, fakeCallContext } from '@/test/webrtc'
import { CallRecording } from './call-recording'
import { Roster } from './roster'

describe('CallRecording', () => {
  const links = { videoOf: () => undefined, get: () => undefined, ids: () => [] }

  it('shows what the server says, and records nothing where this browser has no recorder', async () => {
    const context = fakeCallContext(fakeApi(callView([])))
    const recording = new CallRecording(context.call, { roster: new Roster('3'), links, local: { stream: null } })
    expect(recording.available).toBe(false)
    recording.announced(true)
    expect(recording).toMatchObject({ anyone: true, here: false, saving: false })
    await recording.start()
    expect(context.api.startRecording).not.toHaveBeenCalled()
    recording.announced(false)
    expect(recording.anyone).toBe(false)
  })
})
