import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MatterSummary } from '@/api/queue-types'
import * as ticketsApi from '@/api/tickets'
import { i18n, setLocale } from '@/locales'
import { fieldError, query, settle, type, validationFailure } from '@/test/dom'
import { ticket } from '@/test/tickets'
import ApplicantForm from './ApplicantForm.vue'

vi.mock('@/api/tickets', () => ({ takeTicket: vi.fn() }))
enableAutoUnmount(afterEach)

const matter: MatterSummary = {
  code: 'MZ-001',
  name: '高龄津贴申领',
  aliases: ['老人补贴'],
  departmentCode: 'MZ',
  departmentName: '民政',
  handlingTier: 'TOWNSHIP',
  promisedDays: 5,
  remoteEligible: true,
}

async function fillAndTake(idNumber: string) {
  await type('[data-testid=applicant-name]', ' 张三 ')
  await type('[data-testid=applicant-id-number]', idNumber)
  await type('[data-testid=applicant-phone]', '13800001234')
  query('[data-testid=priority-toggle]').click()
  query('[data-testid=take-ticket]').click()
  await settle()
}

function mountForm() {
  return mount(ApplicantForm, { props: { matter }, global: { plugins: [i18n] }, attachTo: document.body })
}

describe('ApplicantForm', () => {
  beforeEach(() => {
    setLocale('zh-CN')
    vi.mocked(ticketsApi.takeTicket).mockReset()
  })

  it('puts the test ids on the native controls', () => {
    mountForm()
    for (const id of ['applicant-name', 'applicant-id-number', 'applicant-phone']) {
      expect(query(`[data-testid=${id}]`).tagName, id).toBe('INPUT')
    }
    expect(query('[data-testid=priority-toggle]').querySelector('input[type=checkbox]')).not.toBeNull()
    expect(query<HTMLButtonElement>('[data-testid=take-ticket]').type).toBe('submit')
  })

  it('refuses an ID number whose check digit is wrong, before asking the server', async () => {
    mountForm()
    await fillAndTake('110105194912310021')
    expect(ticketsApi.takeTicket).not.toHaveBeenCalled()
    expect(fieldError('applicant-id-number')).toBe(i18n.global.t('rules.idChecksum'))
  })

  it('sends the cleaned-up request and hands the ticket on', async () => {
    vi.mocked(ticketsApi.takeTicket).mockResolvedValue(ticket(1))
    const wrapper = mountForm()
    await fillAndTake('11010519491231002x')
    expect(ticketsApi.takeTicket).toHaveBeenCalledWith({
      matterCode: 'MZ-001',
      applicant: { name: '张三', idNumber: '11010519491231002X', phone: '13800001234' },
      priority: true,
    })
    expect(wrapper.emitted('taken')?.[0]).toEqual([ticket(1)])
  })

  it("shows the server's field errors next to their fields", async () => {
    const failure = validationFailure(['applicant.idNumber', 'id-checksum'], ['applicant.phone', 'Pattern'])
    vi.mocked(ticketsApi.takeTicket).mockRejectedValue(failure)

    const wrapper = mountForm()
    await fillAndTake('11010519491231002X')
    expect(fieldError('applicant-id-number')).toBe('身份证号码校验位不正确，请核对')
    expect(fieldError('applicant-phone')).toBe('格式不正确')
    expect(fieldError('applicant-name')).toBeFalsy()
    expect(wrapper.emitted('taken')).toBeUndefined()
  })
})
