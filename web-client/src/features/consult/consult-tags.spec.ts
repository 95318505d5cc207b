import { describe, expect, it } from 'vitest'
import { matterTags, tagRules } from './consult-tags'

function check(tags: string[]): string | undefined {
  let message: string | undefined
  const rule = tagRules((key, params) => `${key}:${JSON.stringify(params)}`)[0]!
  ;(rule.validator as (r: unknown, v: string[], cb: (e?: Error) => void) => void)({}, tags, (error) => (message = error?.message))
  return message
}

describe('consult tags', () => {
  it('starts from each matter’s code and name, once each', () => {
    const matters = [
      { code: 'MZ-001', name: '高龄津贴申领' },
      { code: 'MZ-002', name: ' 丧葬补贴 ' },
      { code: 'MZ-001', name: '高龄津贴申领' },
    ]
    expect(matterTags(matters)).toEqual(['MZ-001', '高龄津贴申领', 'MZ-002', '丧葬补贴'])
  })

  it('refuses more than 20 tags or a tag longer than 40 characters, as the server would', () => {
    expect(check(['民政', '社会救助'])).toBeUndefined()
    expect(check(Array.from({ length: 21 }, (_, i) => `t${i}`))).toBe('consult.tooManyTags:{"max":20}')
    expect(check(['x'.repeat(41)])).toBe('consult.tagTooLong:{"max":40}')
  })
})
