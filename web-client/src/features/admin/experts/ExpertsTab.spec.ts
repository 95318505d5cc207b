import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchExperts, saveExpertTags } from '@/api/consult'
import type { Expert } from '@/api/consult-types'
import { i18n, setLocale } from '@/locales'
import { query, settle } from '@/test/dom'
import ExpertsTab from './ExpertsTab.vue'

vi.mock('@/api/consult', () => ({ fetchExperts: vi.fn(), saveExpertTags: vi.fn() }))
enableAutoUnmount(afterEach)

const civil: Expert = { userId: 8, displayName: '周专家', siteId: 1, siteName: '海曙区', tags: ['民政'], availability: 'BUSY', chosen: 'AVAILABLE', enabled: true }

describe('ExpertsTab', () => {
  beforeEach(() => setLocale('zh-CN'))

  it('lists the experts with their tags and saves edited tags', async () => {
    vi.mocked(fetchExperts).mockResolvedValue([civil])
    const wrapper = mount(ExpertsTab, { global: { plugins: [i18n] }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.get('[data-testid=expert-row]').attributes('data-user-id')).toBe('8')
    expect(wrapper.findAll('[data-testid=expert-row-tag]').map((tag) => tag.text())).toEqual(['民政'])

    await wrapper.get('[data-testid=expert-tags-edit]').trigger('click')
    await flushPromises()
    vi.mocked(saveExpertTags).mockResolvedValueOnce(['民政'])
    query('[data-testid=expert-tags-save]').click()
    await settle()
    expect(saveExpertTags).toHaveBeenCalledWith(8, ['民政'])
    expect(fetchExperts).toHaveBeenCalledTimes(2)
  })
})
