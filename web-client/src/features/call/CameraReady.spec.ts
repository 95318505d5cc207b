import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/locales'
import { FakeStream } from '@/test/webrtc'
import CallVideo from './CallVideo.vue'
import CameraReady from './CameraReady.vue'

const release = vi.hoisted(() => vi.fn())
const camera = vi.hoisted(() => ({ holdCamera: vi.fn(), cameraPreview: vi.fn(), holdCallSignals: vi.fn(() => release) }))
vi.mock('@/call', () => camera)
enableAutoUnmount(afterEach)

describe('CameraReady', () => {
  beforeEach(() => {
    setLocale('zh-CN')
    camera.holdCamera.mockReset()
    camera.cameraPreview.mockReset()
    camera.holdCallSignals.mockClear()
    release.mockClear()
  })

  it('holds the camera while shown, previews it, and lets go when it goes away', async () => {
    const stream = new FakeStream([]) as unknown as MediaStream
    camera.cameraPreview.mockReturnValue(Promise.resolve(stream))
    const wrapper = mount(CameraReady, { global: { plugins: [i18n] } })
    expect(camera.holdCamera).toHaveBeenLastCalledWith(true)
    await flushPromises()
    expect(wrapper.get('[data-testid="camera-ready"]').attributes('data-state')).toBe('ready')
    expect(wrapper.getComponent(CallVideo).props('stream')).toStrictEqual(stream)
    wrapper.unmount()
    expect(camera.holdCamera).toHaveBeenLastCalledWith(false)
  })

  it('keeps call signals coming while shown: 叫号 may put the desk in a call before its session starts', () => {
    camera.cameraPreview.mockReturnValue(null)
    const wrapper = mount(CameraReady, { global: { plugins: [i18n] } })
    expect(camera.holdCallSignals).toHaveBeenCalledTimes(1)
    expect(release).not.toHaveBeenCalled()
    wrapper.unmount()
    expect(release).toHaveBeenCalledTimes(1)
  })

  it('says so when the camera is refused', async () => {
    camera.cameraPreview.mockReturnValue(Promise.reject(new DOMException('no', 'NotAllowedError')))
    const wrapper = mount(CameraReady, { global: { plugins: [i18n] } })
    await flushPromises()
    expect(wrapper.get('[data-testid="camera-ready"]').attributes('data-state')).toBe('refused')
    expect(wrapper.text()).toContain('摄像头无法打开')
    expect(wrapper.find('video').exists()).toBe(false)
  })
})
