import type { CaseField, CaseView, TimelineEvent } from '@/api/case-types'

export const caseFields: CaseField[] = [
  { name: 'applicantName', label: '申请人姓名', labelEn: 'Applicant name', type: 'TEXT', required: true },
  { name: 'idNumber', label: '身份证号', labelEn: 'ID number', type: 'ID_NUMBER', required: true, sensitive: true },
  { name: 'phone', label: '手机号', labelEn: 'Mobile', type: 'PHONE', required: true, sensitive: true },
  {
    name: 'relation',
    label: '与申请人关系',
    labelEn: 'Relation',
    type: 'SELECT',
    required: false,
    options: [
      { value: 'SELF', label: '本人', labelEn: 'Self' },
      { value: 'CHILD', label: '子女', labelEn: 'Child' },
    ],
  },
]

/** A draft 高龄津贴 case of worker 3 at point 30, answered by window 7; pass what the test is about. */
export function caseView(overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: 9,
    ticketId: 5,
    matterCode: '330203-MZ-001',
    matterName: '高龄津贴申领',
    applicant: { name: '张三', idNumber: '11010519491231002X', phone: '13911112222' },
    workerId: 3,
    workerSiteId: 30,
    windowId: 7,
    state: 'DRAFT',
    createdAt: '2026-11-23T01:00:00Z',
    caseNumber: null,
    matters: [{ code: '330203-MZ-001', name: '高龄津贴申领', handlingTier: 'TOWNSHIP', promisedDays: 5 }],
    fields: caseFields,
    form: {
      applicantName: { value: '张三', version: 2, by: 3, at: '2026-11-23T01:01:00Z' },
      idNumber: { value: '11010519491231002X', version: 1, by: 3, at: '2026-11-23T01:01:00Z' },
      phone: { value: '13911112222', version: 1, by: 3, at: '2026-11-23T01:01:00Z' },
    },
    submittedAt: null,
    decisionDeadline: null,
    acceptedAt: null,
    promisedBy: null,
    supplementDeadline: null,
    concludedAt: null,
    supplement: null,
    signature: null,
    delivery: null,
    actions: ['submit'],
    ...overrides,
  }
}

export function timelineEvent(id: number, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    at: '2026-11-23T01:05:00Z',
    actor: { id: 7, displayName: '李窗口', role: 'CLERK' },
    kind: 'SUBMIT',
    fromState: 'DRAFT',
    toState: 'SUBMITTED',
    reason: null,
    changes: [],
    ...overrides,
  }
}
