import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { showSuccess } from '@/composables/notify'
import { setLocale } from '@/locales'
import { useAdminDialog } from './use-admin-dialog'

vi.mock('@/composables/notify', () => ({ showSuccess: vi.fn(), showError: vi.fn(), showProblem: vi.fn() }))

interface Thing {
  id: number
  name: string
}

const messages = { created: 'thing.created', updated: 'thing.updated' }

function setup(submit = vi.fn(async (form: { name: string }) => ({ id: 9, name: form.name }))) {
  const onSaved = vi.fn()
  const dialog = useAdminDialog<Thing, { name: string }, Thing>({ name: '' }, { submit, messages, onSaved })
  return { dialog, submit, onSaved }
}

function validationError(field: string): AxiosError {
  const config = { headers: new AxiosHeaders() }
  const data = { status: 400, code: 'validation', errors: [{ field, code: 'duplicate', message: 'taken' }] }
  const response = { status: 400, data, statusText: '', headers: {}, config } as AxiosResponse
  return new AxiosError('bad', 'ERR_BAD_REQUEST', config, null, response)
}

describe('useAdminDialog', () => {
  beforeEach(() => {
    setLocale('zh-CN')
    vi.mocked(showSuccess).mockReset()
  })

  it('opens with the given values, for a new item or one being edited', () => {
    const { dialog } = setup()
    dialog.open(undefined, { name: 'new' })
    expect(dialog.visible.value).toBe(true)
    expect(dialog.editing.value).toBeNull()
    expect(dialog.form.name).toBe('new')

    const thing = { id: 1, name: 'old' }
    dialog.open(thing, { name: thing.name })
    expect(dialog.editing.value).toBe(thing)
    expect(dialog.form.name).toBe('old')
  })

  it('creates, closes with the created message, and tells the list only once the dialog has gone', async () => {
    const { dialog, submit, onSaved } = setup()
    dialog.open(undefined, { name: 'a' })
    await dialog.save()

    expect(submit).toHaveBeenCalledWith(dialog.form, null)
    expect(dialog.visible.value).toBe(false)
    expect(dialog.saving.value).toBe(false)
    expect(showSuccess).toHaveBeenCalledWith('thing.created')
    expect(onSaved).not.toHaveBeenCalled()

    dialog.closed()
    expect(onSaved).toHaveBeenCalledExactlyOnceWith({ id: 9, name: 'a' })
    dialog.closed()
    expect(onSaved).toHaveBeenCalledOnce()
  })

  it('updates the item being edited with the updated message', async () => {
    const { dialog, submit } = setup()
    const thing = { id: 1, name: 'old' }
    dialog.open(thing, { name: 'renamed' })
    await dialog.save()
    expect(submit).toHaveBeenCalledWith(expect.objectContaining({ name: 'renamed' }), thing)
    expect(showSuccess).toHaveBeenCalledWith('thing.updated')
  })

  it('keeps the dialog open with the field errors when the server refuses, and tells nobody', async () => {
    const { dialog, onSaved } = setup(vi.fn().mockRejectedValue(validationError('name')))
    dialog.open(undefined, { name: 'taken' })
    await dialog.save()

    expect(dialog.visible.value).toBe(true)
    expect(dialog.saving.value).toBe(false)
    expect(dialog.errors.name).toBe('已存在，请换一个')
    expect(showSuccess).not.toHaveBeenCalled()
    dialog.closed()
    expect(onSaved).not.toHaveBeenCalled()

    dialog.open(undefined, { name: '' })
    expect(dialog.errors).toEqual({})
  })

  it('sends once while a save is under way', async () => {
    let finish: (thing: Thing) => void = () => {}
    const pending = new Promise<Thing>((resolve) => (finish = resolve))
    const { dialog, submit } = setup(vi.fn(() => pending))
    dialog.open(undefined, { name: 'a' })
    const saves = [dialog.save(), dialog.save()]
    finish({ id: 2, name: 'a' })
    await Promise.all(saves)
    expect(submit).toHaveBeenCalledOnce()
  })
})
