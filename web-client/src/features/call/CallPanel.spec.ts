import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ParticipantRole } from '@/api/call-types'
import { CallSession } from '@/call'
import { i18n, setLocale } from '@/locales'
import { callView, FakePeerConnection, fakeApi, fakePlatform, FakeSignaling, participant, type FakeApi } from '@/test/webrtc'
import CallPanel from './CallPanel.vue'
import { CALL_SESSION_FACTORY } from './use-call'

vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessageBox: { confirm: vi.fn(async () => 'confirm') },
}))
enableAutoUnmount(afterEach)

const silent = { info: () => {}, warn: () => {} }

describe('CallPanel', () => {
  let api: FakeApi
  let signaling: FakeSignaling
  let session: CallSession | undefined

  beforeEach(() => {
    setActivePinia(createPinia())
    setLocale('zh-CN')
    FakePeerConnection.created = []
    signaling = new FakeSignaling()
  })

  const twoParty = () => [participant(1, { displayName: '王坐席' }), participant(3, { displayName: '李帮办' })]

  async function render(role: ParticipantRole, selfId: number, withScreen = false, people = twoParty()) {
    api = fakeApi(callView(people))
    const { platform } = fakePlatform(withScreen ? { getDisplayMedia: vi.fn() } : {})
    const factory = (callId: string) => {
      session = new CallSession({ callId, selfId: String(selfId), role, api, signaling, platform, signalDestination: '/app/x', log: silent })
      return session
    }
    const wrapper = mount(CallPanel, {
      props: { callId: 'c1', role },
      global: { plugins: [i18n], provide: { [CALL_SESSION_FACTORY as symbol]: factory } },
    })
    await flushPromises()
    return wrapper
  }

  const testid = (id: string) => `[data-testid=${id}]`

  it('shows the other side big, oneself small, and the status in data-state', async () => {
    const wrapper = await render('WORKER', 3)
    const remote = wrapper.get(testid('remote-video'))
    expect(remote.element.tagName).toBe('VIDEO')
    expect(remote.attributes()).toMatchObject({ 'data-participant-role': 'CLERK', 'data-participant-id': '1', 'data-audio': 'on', 'data-video': 'on' })
    expect((remote.element as HTMLVideoElement).muted).toBe(false)
    expect(wrapper.get(testid('remote-name')).text()).toBe('王坐席')
    const local = wrapper.get(testid('local-video'))
    expect((local.element as HTMLVideoElement).muted).toBe(true)
    expect(wrapper.get(testid('call-status')).attributes('data-state')).toBe('connecting')

    const pc = FakePeerConnection.created[0] as FakePeerConnection
    pc.setConnectionState('connected')
    pc.receiveTrack()
    await flushPromises()
    expect(wrapper.get(testid('call-status')).attributes('data-state')).toBe('connected')
    expect(wrapper.get(testid('call-status')).text()).toBe('通话中')
  })

  it('says the set-up is over once the other side is on screen, not at connected', async () => {
    const wrapper = await render('WORKER', 3)
    const pc = FakePeerConnection.created[0] as FakePeerConnection
    pc.setConnectionState('connected')
    pc.receiveTrack()
    await flushPromises()
    expect(wrapper.emitted('settled')).toBeUndefined()
    wrapper.get(testid('remote-video')).element.dispatchEvent(new Event('loadeddata'))
    await flushPromises()
    expect(wrapper.emitted('settled')).toHaveLength(1)
  })

  it('shows one named tile per other participant with their role in a consultation', async () => {
    const people = [
      ...twoParty(),
      participant(5, { displayName: '李专家', role: 'EXPERT' }),
      participant(6, { displayName: '赵协调', role: 'COORDINATOR' }),
    ]
    const wrapper = await render('EXPERT', 5, false, people)
    expect(wrapper.get(testid('call-stage')).attributes('data-count')).toBe('3')
    expect(wrapper.get(testid('call-stage')).classes()).toContain('call__stage--3')
    const tiles = wrapper.findAll(testid('remote-video')).map((video) => [video.attributes('data-participant-id'), video.attributes('data-participant-role')])
    expect(tiles).toEqual([
      ['1', 'CLERK'],
      ['3', 'WORKER'],
      ['6', 'COORDINATOR'],
    ])
    expect(wrapper.findAll(testid('remote-name')).map((name) => name.text())).toEqual(['王坐席', '李帮办', '赵协调'])
    expect(wrapper.findAll(testid('remote-role')).map((name) => name.text())).toEqual(['窗口坐席', '社区帮办员', '协调员'])
  })

  it('gives the tablet no clerk tools, and hangs up at once', async () => {
    const wrapper = await render('WORKER', 3)
    for (const id of ['share-screen', 'snapshot', 'record-toggle']) expect(wrapper.find(testid(id)).exists()).toBe(false)
    expect(wrapper.find(testid('switch-camera')).exists()).toBe(true)
    await wrapper.get(testid('hangup')).trigger('click')
    await flushPromises()
    expect(api.hangup).toHaveBeenCalledWith('c1')
    expect(wrapper.get(testid('call-status')).attributes('data-state')).toBe('ended')
    expect(wrapper.emitted('ended')).toEqual([['HANGUP']])
  })

  it('lets an expert leave the call, which goes on for the others', async () => {
    const wrapper = await render('EXPERT', 5)
    await wrapper.get(testid('hangup')).trigger('click')
    await flushPromises()
    expect(api.hangup).not.toHaveBeenCalled()
    expect(api.leave).toHaveBeenCalled()
    expect(wrapper.emitted('ended')).toEqual([['LEFT']])
    expect(wrapper.get(testid('call-status')).text()).toContain('已离开通话')
  })

  it('mutes and turns the camera off, showing it on the buttons', async () => {
    const wrapper = await render('WORKER', 3)
    const mic = wrapper.get(testid('toggle-mic'))
    expect(mic.attributes('data-active')).toBe('true')
    await mic.trigger('click')
    expect(mic.attributes('data-active')).toBe('false')
    await wrapper.get(testid('toggle-camera')).trigger('click')
    expect(wrapper.get(testid('toggle-camera')).attributes('data-active')).toBe('false')
    expect(api.media).toHaveBeenLastCalledWith('c1', { audio: false, video: false })
  })

  it('shows the others’ microphone and camera state from media notices', async () => {
    const wrapper = await render('CLERK', 1)
    signaling.deliver({ type: 'media', from: '3', audio: false, video: false } as never)
    await flushPromises()
    const remote = wrapper.get(testid('remote-video'))
    expect([remote.attributes('data-audio'), remote.attributes('data-video')]).toEqual(['off', 'off'])
    expect(wrapper.text()).toContain('对方已关闭摄像头')
  })

  it('gives the clerk the snapshot and record tools, and screen sharing only where the browser can', async () => {
    expect((await render('CLERK', 1)).find(testid('share-screen')).exists()).toBe(false)
    const wrapper = await render('CLERK', 1, true)
    expect(wrapper.get(testid('share-screen')).attributes('data-active')).toBe('false')
    await wrapper.get(testid('snapshot')).trigger('click')
    expect(api.requestStill).toHaveBeenCalledWith('c1')
    // The fake platform has no recorder: the clerk's browser here cannot record.
    expect(wrapper.find(testid('record-toggle')).exists()).toBe(false)
  })

  it('asks the clerk before hanging up for everyone', async () => {
    const { ElMessageBox } = await import('element-plus')
    const wrapper = await render('CLERK', 1)
    await wrapper.get(testid('hangup')).trigger('click')
    await flushPromises()
    expect(ElMessageBox.confirm).toHaveBeenCalled()
    expect(api.hangup).toHaveBeenCalledTimes(1)
  })

  it('shows the recording notice to everyone while the call is recorded', async () => {
    const wrapper = await render('WORKER', 3)
    expect(wrapper.find(testid('recording-indicator')).exists()).toBe(false)
    signaling.deliver({ type: 'recording', from: '1', recording: true } as never)
    await flushPromises()
    expect(wrapper.get(testid('recording-indicator')).text()).toContain('本次通话正在录音录像，作为办件凭证')
    signaling.deliver({ type: 'recording', from: '1', recording: false } as never)
    await flushPromises()
    expect(wrapper.find(testid('recording-indicator')).exists()).toBe(false)
  })

  it('lists the call’s stills with their source', async () => {
    const wrapper = await render('CLERK', 1)
    api.stills.mockResolvedValue([{ id: 's1', source: 'camera', takenAt: '2026-11-23T01:00:00Z' }])
    signaling.deliver({ type: 'still', from: '3', stillId: 's1' } as never)
    await flushPromises()
    const still = wrapper.get(testid('call-still'))
    expect(still.attributes('data-source')).toBe('camera')
    expect(still.get('a').attributes('href')).toBe('/api/stills/s1/content')
  })

  it('leaves the call when it goes away', async () => {
    const wrapper = await render('WORKER', 3)
    wrapper.unmount()
    expect(api.leave).toHaveBeenCalledWith('c1', expect.any(String), false)
    expect(session?.phase).toBeDefined()
  })
})
