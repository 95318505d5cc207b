import type { FormRules } from 'element-plus'
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { createSite, updateSite } from '@/api/admin'
import type { SiteNode, Tier } from '@/api/types'
import { childTier, flattenSites } from '@/utils/sites'
import { pattern, required, SITE_CODE_PATTERN } from '../rules'
import { useAdminDialog } from '../use-admin-dialog'

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
  const dialog = useAdminDialog<SiteNode, SiteForm, SiteNode>(
    { code: '', name: '', parentId: null },
    { submit, messages: { created: 'admin.sites.created', updated: 'admin.sites.updated' }, onSaved },
  )
  const { editing, form } = dialog

  const parent = computed(() => flattenSites(sites.value).find(({ site }) => site.id === form.parentId)?.site)
  const tier = computed(() => (editing.value ? editing.value.tier : tierUnder(parent.value)))

  const rules = computed<FormRules>(() => ({
    code: [required(t), pattern(SITE_CODE_PATTERN, t('rules.siteCode'))],
    name: [required(t), { max: 64, message: t('rules.tooLong'), trigger: 'blur' }],
  }))

  function submit(values: SiteForm, site: SiteNode | null): Promise<SiteNode> {
    const code = values.code.trim()
    const name = values.name.trim()
    return site
      ? updateSite(site.id, { code, name, enabled: site.enabled })
      : createSite({ code, name, tier: tier.value as Tier, parentId: values.parentId ?? null })
  }

  function open(site?: SiteNode, parentId: number | null = null): void {
    dialog.open(site, site ? { code: site.code, name: site.name, parentId: site.parentId } : { code: '', name: '', parentId })
  }

  // A community takes no sites below it, so there is nothing to create.
  async function save(): Promise<void> {
    if (editing.value || tier.value) await dialog.save()
  }

  return { ...dialog, tier, rules, open, save }
}
