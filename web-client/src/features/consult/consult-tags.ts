import type { FormItemRule } from 'element-plus'
import type { CaseMatter } from '@/api/case-types'
import { MAX_TAG_LENGTH, MAX_TAGS } from '@/api/consult-types'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** A case's matters as tags: each code and name once, in the case's order, at most MAX_TAGS. */
export function matterTags(matters: readonly Pick<CaseMatter, 'code' | 'name'>[]): string[] {
  const tags = matters.flatMap((matter) => [matter.code, matter.name]).map((tag) => tag.trim().slice(0, MAX_TAG_LENGTH))
  return [...new Set(tags.filter(Boolean))].slice(0, MAX_TAGS)
}

/** The server's limits on tags, checked before sending: at most MAX_TAGS of at most MAX_TAG_LENGTH characters. */
export function tagRules(t: Translate): FormItemRule[] {
  return [
    {
      trigger: 'change',
      validator: (_rule, tags: string[], callback) => {
        if ((tags ?? []).length > MAX_TAGS) callback(new Error(t('consult.tooManyTags', { max: MAX_TAGS })))
        else if ((tags ?? []).some((tag) => tag.trim().length > MAX_TAG_LENGTH)) callback(new Error(t('consult.tagTooLong', { max: MAX_TAG_LENGTH })))
        else callback()
      },
    },
  ]
}
