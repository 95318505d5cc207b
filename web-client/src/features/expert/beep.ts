/**
 * A short two-tone chime for an invitation, made with WebAudio so no sound file ships. Silent
 * where the browser has no AudioContext or has not been touched yet (autoplay rules).
 */
export function beep(): void {
  const Context = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
  if (!Context) return
  try {
    const context = new Context()
    const gain = context.createGain()
    gain.connect(context.destination)
    gain.gain.setValueAtTime(0.2, context.currentTime)
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.6)
    ;[880, 1320].forEach((frequency, index) => {
      const tone = context.createOscillator()
      tone.frequency.value = frequency
      tone.connect(gain)
      tone.start(context.currentTime + index * 0.18)
      tone.stop(context.currentTime + index * 0.18 + 0.25)
    })
    setTimeout(() => void context.close().catch(() => undefined), 1000)
  } catch {
    // A blocked or broken audio device must not stop the invitation from showing.
  }
}
