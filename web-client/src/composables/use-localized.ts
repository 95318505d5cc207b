import { currentLocale } from '@/locales'

/** Master data comes in Chinese with an optional English name; pick the one for the UI language. */
export function useLocalized() {
  function localName(name: string | null | undefined, nameEn: string | null | undefined): string {
    if (currentLocale.value === 'en' && nameEn) return nameEn
    return name ?? nameEn ?? ''
  }
  return { localName }
}
