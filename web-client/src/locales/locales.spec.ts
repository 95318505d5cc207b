import { describe, expect, it } from 'vitest'
import { ALERT_KINDS, ALERT_LEVELS } from '@/api/board-types'
import { PARTICIPANT_ROLES } from '@/api/call-types'
import { AVAILABILITIES, CONSULTATION_STATES, INVITATION_STATES } from '@/api/consult-types'
import { CASE_ACTIONS, CASE_STATES, DELIVERIES } from '@/api/case-types'
import { CASE_DOCUMENTS } from '@/api/cases'
import { HANDLING_TIERS } from '@/api/queue-types'
import { FIELD_FAULTS } from '@/casework'
import { SLOT_STATES } from '@/api/material-types'
import { ROLES } from '@/api/types'
import { CALL_INFOS, CALL_PHASES, CALL_PROBLEMS, END_REASONS, MEDIA_FAILURES, QUALITY_LEVELS } from '@/call'
import { UPLOAD_STATES } from '@/materials'
import { FILE_FAULTS } from '@/materials/file-rules'
import { ALERT_ACTIONS } from '@/features/coordinator/alerts/use-alert-actions'
import { OPENING_HOURS_FAULTS } from '@/utils/opening-hours'
import { i18n, LOCALES } from '.'
import en from './en.json'
import zhCN from './zh-CN.json'

type Messages = { [key: string]: string | Messages }

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  )
}

function lookup(messages: Messages, key: string): string {
  return key.split('.').reduce<string | Messages>((node, part) => (node as Messages)[part] ?? '', messages) as string
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort()
}

describe('locales', () => {
  const zhKeys = keys(zhCN)
  const enKeys = keys(en)

  it('have exactly the same keys', () => {
    expect(enKeys.filter((key) => !zhKeys.includes(key))).toEqual([])
    expect(zhKeys.filter((key) => !enKeys.includes(key))).toEqual([])
  })

  it('use the same placeholders in both languages', () => {
    for (const key of zhKeys) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zhCN, key)))
    }
  })

  it('compile every message in every locale', () => {
    for (const locale of LOCALES) {
      for (const key of zhKeys) {
        const message = i18n.global.t(key, { site: 'S', own: 1, total: 2, phone: '138****1234' }, { locale })
        expect(message, `${locale}:${key}`).not.toBe(key)
        expect(message.length, `${locale}:${key}`).toBeGreaterThan(0)
      }
    }
  })

  it('contain every literal key the code translates', () => {
    const sources = import.meta.glob<string>(['/src/**/*.vue', '/src/**/*.ts', '!/src/**/*.spec.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    })
    const used = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(/\b(?:t|showSuccess|showWarning)\(\s*'([\w.-]+)'/g)].map((match) => ({ file, key: match[1] ?? '' })),
    )
    expect(used.length).toBeGreaterThan(50)
    expect(used.filter(({ key }) => !zhKeys.includes(key))).toEqual([])
  })

  it('name every role, tier, area, alert figure, opening-hours fault and call state the code builds keys for', () => {
    const built = [
      ...ROLES.map((role) => `role.${role}`),
      ...['DISTRICT', 'TOWNSHIP', 'COMMUNITY'].map((tier) => `tier.${tier}`),
      ...['worker', 'clerk', 'coordinator', 'expert', 'admin'].map((area) => `area.${area}`),
      ...['admin-users', 'admin-sites', 'admin-windows', 'admin-experts'].map((tab) => `admin.tabs.${tab}`),
      ...ALERT_LEVELS.map((level) => `board.level.${level}`),
      ...ALERT_KINDS.map((kind) => `alerts.kind.${kind}`),
      ...ALERT_KINDS.map((kind) => `alerts.figures.${kind}`),
      ...AVAILABILITIES.map((value) => `consult.availability.${value}`),
      ...CONSULTATION_STATES.map((state) => `consult.state.${state}`),
      ...INVITATION_STATES.map((state) => `consult.invitation.${state}`),
      ...OPENING_HOURS_FAULTS.map((fault) => `admin.windows.hoursFault.${fault}`),
      ...ALERT_ACTIONS.map((action) => `alerts.${action}`),
      ...['waiting', 'servedToday', 'yellow', 'red', 'openAlerts'].map((figure) => `board.summary.${figure}`),
      ...CALL_PHASES.map((phase) => `call.status.${phase}`),
      ...END_REASONS.map((reason) => `call.endReason.${reason}`),
      ...QUALITY_LEVELS.map((level) => `call.quality.${level}`),
      ...PARTICIPANT_ROLES.map((role) => `call.role.${role}`),
      ...['camera', 'frame'].map((source) => `call.stills.${source}`),
      ...MEDIA_FAILURES.map((failure) => `call.mediaFailure.${failure}`),
      ...CALL_PROBLEMS.map((problem) => `call.problem.${problem}`),
      ...CALL_INFOS.map((info) => `call.info.${info}`),
      ...SLOT_STATES.map((state) => `materials.state.${state}`),
      ...UPLOAD_STATES.map((state) => `materials.upload.state.${state}`),
      ...FILE_FAULTS.map((fault) => `materials.fault.${fault}`),
      ...CASE_STATES.map((state) => `case.state.${state}`),
      ...CASE_ACTIONS.flatMap((action) => [`case.action.${action}`, `case.confirm.${action}`, `case.done.${action}`]),
      ...DELIVERIES.map((delivery) => `case.delivery.${delivery}`),
      ...HANDLING_TIERS.map((tier) => `case.tier.${tier}`),
      ...FIELD_FAULTS.map((fault) => `case.fault.${fault}`),
      ...CASE_DOCUMENTS.map((document) => `case.document.${document}`),
      ...['form', 'materials', 'timeline', 'signature'].map((tab) => `case.tab.${tab}`),
    ]
    expect(built.filter((key) => !zhKeys.includes(key))).toEqual([])
  })

  it('offer English text that has no Chinese except the language switch and brand', () => {
    const allowed = new Set(['lang.switchTo', 'lang.aria', 'app.brand'])
    const withHan = enKeys.filter((key) => !allowed.has(key) && /\p{Script=Han}/u.test(i18n.global.t(key, {}, { locale: 'en' })))
    expect(withHan).toEqual([])
  })
})
