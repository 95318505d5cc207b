import type { ConsultCandidate, ConsultExpert, Consultation } from '@/api/consult-types'

/** An OPEN request by clerk 1 in call c1 about case 9; pass what the test is about. */
export function consultation(id: number, overrides: Partial<Consultation> = {}): Consultation {
  return {
    id,
    callId: 'c1',
    caseId: 9,
    windowId: 7,
    siteId: 2,
    siteName: '高桥镇',
    clerkId: 1,
    clerkName: '王坐席',
    topic: '企业跨区迁移',
    tags: ['市场监管'],
    state: 'OPEN',
    requestedAt: '2026-11-23T01:00:00Z',
    answeredAt: null,
    concludedAt: null,
    conclusion: null,
    experts: [],
    notes: [],
    suggestions: [],
    candidates: [],
    ...overrides,
  }
}

export function consultExpert(expertId: number, overrides: Partial<ConsultExpert> = {}): ConsultExpert {
  return {
    expertId,
    displayName: `专家${expertId}`,
    state: 'INVITED',
    reason: null,
    invitedAt: '2026-11-23T01:01:00Z',
    answeredAt: null,
    ...overrides,
  }
}

export function candidate(expertId: number, overrides: Partial<ConsultCandidate> = {}): ConsultCandidate {
  return {
    expertId,
    displayName: `专家${expertId}`,
    siteName: '海曙区',
    tags: ['市场监管', '企业开办'],
    matchedTags: ['市场监管'],
    availability: 'AVAILABLE',
    consultationsToday: 0,
    ...overrides,
  }
}
