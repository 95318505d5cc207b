import type { FormItemRule, FormRules } from 'element-plus'
import type { ThresholdValues } from '@/api/types'
import { openingHoursProblem } from '@/utils/opening-hours'
import { required } from '../rules'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** Each red limit with the yellow one it must stay above (the server's `threshold-order`). */
export const THRESHOLD_PAIRS = [
  { yellow: 'yellowWaiting', red: 'redWaiting' },
  { yellow: 'yellowLongestWaitMinutes', red: 'redLongestWaitMinutes' },
] as const

export type RedThreshold = (typeof THRESHOLD_PAIRS)[number]['red']

/** The red fields not above their yellow one; a missing value is `required`'s business. */
export function misorderedThresholds(values: Partial<ThresholdValues>): RedThreshold[] {
  return THRESHOLD_PAIRS.filter(({ yellow, red }) => {
    const [low, high] = [values[yellow], values[red]]
    return low != null && high != null && high <= low
  }).map(({ red }) => red)
}

function validated(trigger: 'blur' | 'change', message: (value: unknown) => string | null): FormItemRule {
  return {
    trigger,
    validator: (_rule, value, callback) => {
      const problem = message(value)
      callback(problem ? new Error(problem) : undefined)
    },
  }
}

/** The settings form's rules; `values` is read at check time. */
export function windowSettingsRules(t: Translate, values: Partial<ThresholdValues>): FormRules {
  const positive: FormItemRule = { type: 'integer', required: true, min: 1, message: t('rules.positiveInteger'), trigger: 'change' }
  // Checked once the field is left: a spec half typed is wrong at nearly every keystroke.
  const hours = validated('blur', (value) => {
    const problem = openingHoursProblem(String(value ?? ''))
    return problem && t(`admin.windows.hoursFault.${problem.fault}`, { part: problem.part })
  })
  const aboveYellow = (red: RedThreshold) =>
    validated('change', () => (misorderedThresholds(values).includes(red) ? t('rules.redAboveYellow') : null))
  return {
    openingHours: [required(t), { max: 200, message: t('rules.tooLong'), trigger: 'blur' }, hours],
    yellowWaiting: [positive],
    redWaiting: [positive, aboveYellow('redWaiting')],
    yellowLongestWaitMinutes: [positive],
    redLongestWaitMinutes: [positive, aboveYellow('redLongestWaitMinutes')],
  }
}
