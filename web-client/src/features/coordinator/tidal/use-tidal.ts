import type { FormRules } from 'element-plus'
import { computed, reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchHelpers, openTidal } from '@/api/board'
import type { BoardWindow, Helper } from '@/api/board-types'
import { showProblem, showSuccess } from '@/composables/notify'
import { useFormErrors } from '@/composables/use-form-errors'
import { useBoard } from '../board/use-board'

export const TIDAL_PRESETS = [30, 60, 120, 240] as const
export const TIDAL_MIN = 5
export const TIDAL_MAX = 480
const DEFAULT_MINUTES = 60

/** Free clerks first, then by site and name. */
export function sortHelpers(helpers: readonly Helper[]): Helper[] {
  return [...helpers].sort(
    (a, b) => Number(a.busy) - Number(b.busy) || a.siteName.localeCompare(b.siteName, 'zh-CN') || a.displayName.localeCompare(b.displayName, 'zh-CN'),
  )
}

/** Sending a clerk of the subtree to a busy window for a while (潮汐窗口). */
export function useTidal() {
  const { t } = useI18n()
  const board = useBoard()
  const visible = ref(false)
  const saving = ref(false)
  const loadingHelpers = ref(false)
  const target = shallowRef<BoardWindow | null>(null)
  const helpers = shallowRef<Helper[]>([])
  const form = reactive({ clerkId: null as number | null, minutes: DEFAULT_MINUTES })
  const { errors, clear, apply } = useFormErrors()

  const rules = computed<FormRules>(() => ({
    clerkId: [{ required: true, message: t('tidal.chooseClerk'), trigger: 'change' }],
    minutes: [{ required: true, type: 'number', min: TIDAL_MIN, max: TIDAL_MAX, message: t('tidal.minutesRange'), trigger: 'change' }],
  }))

  async function open(window: BoardWindow): Promise<void> {
    target.value = window
    Object.assign(form, { clerkId: null, minutes: DEFAULT_MINUTES })
    clear()
    visible.value = true
    loadingHelpers.value = true
    try {
      helpers.value = sortHelpers(await fetchHelpers())
    } catch (error) {
      showProblem(error)
    } finally {
      loadingHelpers.value = false
    }
  }

  async function save(): Promise<void> {
    const window = target.value
    const clerk = helpers.value.find((helper) => helper.id === form.clerkId)
    if (!window || !clerk || saving.value) return
    saving.value = true
    clear()
    try {
      board.putWindow(await openTidal(window.windowId, { clerkId: clerk.id, minutes: form.minutes }))
      visible.value = false
      showSuccess('tidal.done', { clerk: clerk.displayName, window: window.name, minutes: form.minutes })
    } catch (error) {
      apply(error)
    } finally {
      saving.value = false
    }
  }

  return { visible, saving, loadingHelpers, target, helpers, form, errors, rules, open, save }
}
