import type { FormInstance, FormRules } from 'element-plus'
import { computed, nextTick, reactive, ref, type Ref, useTemplateRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { createSite, updateSite } from '@/api/admin'
import type { SiteNode, Tier } from '@/api/types'
import { showSuccess } from '@/composables/notify'
import { useFormErrors } from '@/composables/use-form-errors'
import { childTier, flattenSites } from '@/utils/sites'
import { pattern, required, SITE_CODE_PATTERN } from '../rules'

interface SiteForm {
  code: string
  name: string
  parentId: number | null
}

/** A site's tier follows its parent: no parent makes a district. */
export function tierUnder(parent: SiteNode | undefined): Tier | null {
  return parent ? childTier(parent.tier) : 'DISTRICT'
}

export function useSiteForm(sites: Ref<SiteNode[]>, onSaved: () => void) {
  const { t } = useI18n()
  const visible = ref(false)
  const editing = ref<SiteNode | null>(null)
  const formRef = useTemplateRef<FormInstance>('formRef')
  const form = reactive<SiteForm>({ code: '', name: '', parentId: null })
  const saving = ref(false)
  const saved = ref(false)
  const { errors, clear, apply } = useFormErrors()

  const parent = computed(() => flattenSites(sites.value).find(({ site }) => site.id === form.parentId)?.site)
  const tier = computed(() => (editing.value ? editing.value.tier : tierUnder(parent.value)))

  const rules = computed<FormRules>(() => ({
    code: [required(t), pattern(SITE_CODE_PATTERN, t('rules.siteCode'))],
    name: [required(t), { max: 64, message: t('rules.tooLong'), trigger: 'blur' }],
  }))

  function open(site?: SiteNode, parentId: number | null = null): void {
    editing.value = site ?? null
    Object.assign(form, site ? { code: site.code, name: site.name, parentId: site.parentId } : { code: '', name: '', parentId })
    clear()
    visible.value = true
    void nextTick(() => formRef.value?.clearValidate())
  }

  async function save(): Promise<void> {
    if (saving.value || !(await formRef.value?.validate().catch(() => false))) return
    const site = editing.value
    if (!site && !tier.value) return
    saving.value = true
    clear()
    try {
      const code = form.code.trim()
      const name = form.name.trim()
      if (site) await updateSite(site.id, { code, name, enabled: site.enabled })
      else await createSite({ code, name, tier: tier.value as Tier, parentId: form.parentId ?? null })
      saved.value = true
      visible.value = false
      showSuccess(site ? 'admin.sites.updated' : 'admin.sites.created')
    } catch (error) {
      apply(error)
    } finally {
      saving.value = false
    }
  }

  /** Tells the list only once the dialog has gone, so the refreshed table is never under its overlay. */
  function closed(): void {
    if (saved.value) onSaved()
    saved.value = false
  }

  return { visible, editing, form, tier, rules, errors, saving, open, save, closed }
}
