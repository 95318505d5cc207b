import type { Timers } from './ports'

export class TimeoutError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TimeoutError'
  }
}

/** Rejects when `promise` has not settled in `ms`; what it yields later is handed to `late`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, timers: Timers, late?: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false
    const timer = timers.setTimeout(() => {
      done = true
      reject(new TimeoutError(`no answer in ${ms} ms`))
    }, ms)
    promise.then(
      (value) => {
        timers.clearTimeout(timer)
        if (done) late?.(value)
        else resolve(value)
        done = true
      },
      (error: unknown) => {
        timers.clearTimeout(timer)
        if (!done) reject(error)
        done = true
      },
    )
  })
}
