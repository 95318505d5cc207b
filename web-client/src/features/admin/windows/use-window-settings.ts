import { computed, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchOpeningHours, fetchThresholds, resetThresholds, saveOpeningHours, saveThresholds } from '@/api/admin'
import type { ServiceWindow, ThresholdValues, Thresholds } from '@/api/types'
import { showProblem, showSuccess } from '@/composables/notify'
import { useAdminDialog } from '../use-admin-dialog'
import { windowSettingsRules } from './settings-rules'

export interface WindowSettingsForm extends ThresholdValues {
  openingHours: string
}

/** What the server holds for the window being set. */
interface Stored {
  openingHours: string
  thresholds: Thresholds
}

export interface SavedSettings {
  windowId: number
  openingHours: string
}

function blank(): WindowSettingsForm {
  return { openingHours: '', yellowWaiting: 0, redWaiting: 0, yellowLongestWaitMinutes: 0, redLongestWaitMinutes: 0 }
}

function thresholdValues(values: ThresholdValues): ThresholdValues {
  const { yellowWaiting, redWaiting, yellowLongestWaitMinutes, redLongestWaitMinutes } = values
  return { yellowWaiting, redWaiting, yellowLongestWaitMinutes, redLongestWaitMinutes }
}

function sameThresholds(a: ThresholdValues, b: ThresholdValues): boolean {
  return JSON.stringify(thresholdValues(a)) === JSON.stringify(thresholdValues(b))
}

/**
 * A window's opening hours and alert thresholds: loaded when the dialog opens, and on save only
 * what was changed is sent, so saving untouched defaults does not make them the window's own.
 */
export function useWindowSettings(onSaved: (saved: SavedSettings) => void) {
  const { t } = useI18n()
  const stored = shallowRef<Stored | null>(null)
  const loading = ref(false)
  const resetting = ref(false)
  const dialog = useAdminDialog<ServiceWindow, WindowSettingsForm, SavedSettings>(blank(), {
    submit,
    messages: { created: 'admin.windows.settingsSaved', updated: 'admin.windows.settingsSaved' },
    onSaved,
  })
  const { form, editing } = dialog
  const rules = computed(() => windowSettingsRules(t, form))
  const custom = computed(() => stored.value?.thresholds.custom ?? false)

  function keep(window: ServiceWindow, next: Partial<Stored>): void {
    if (editing.value !== window || !stored.value) return
    stored.value = { ...stored.value, ...next }
    if (next.thresholds) Object.assign(form, thresholdValues(next.thresholds))
  }

  async function submit(values: WindowSettingsForm, window: ServiceWindow | null): Promise<SavedSettings> {
    const before = stored.value
    if (!window || !before) throw new Error('settings saved before they were loaded')
    // Day names in capitals, as the help text and the clerks' display write them.
    const openingHours = values.openingHours.trim().toUpperCase()
    if (openingHours !== before.openingHours) {
      keep(window, { openingHours: (await saveOpeningHours(window.id, { openingHours })).openingHours })
    }
    if (!sameThresholds(values, before.thresholds)) {
      keep(window, { thresholds: await saveThresholds(window.id, thresholdValues(values)) })
    }
    return { windowId: window.id, openingHours: stored.value?.openingHours ?? openingHours }
  }

  async function open(window: ServiceWindow): Promise<void> {
    stored.value = null
    dialog.open(window, blank())
    loading.value = true
    try {
      const [hours, thresholds] = await Promise.all([fetchOpeningHours(window.id), fetchThresholds(window.id)])
      if (editing.value !== window) return
      stored.value = { openingHours: hours.openingHours, thresholds }
      Object.assign(form, { openingHours: hours.openingHours, ...thresholdValues(thresholds) })
    } catch (error) {
      showProblem(error)
      dialog.visible.value = false
    } finally {
      loading.value = false
    }
  }

  /** Drops the window's own thresholds at once; the form then shows the defaults. */
  async function restoreDefaults(): Promise<void> {
    const window = editing.value
    if (!window || resetting.value) return
    resetting.value = true
    try {
      keep(window, { thresholds: await resetThresholds(window.id) })
      showSuccess('admin.windows.thresholdsReset')
    } catch (error) {
      showProblem(error)
    } finally {
      resetting.value = false
    }
  }

  return { ...dialog, rules, loading, resetting, custom, open, restoreDefaults }
}
