import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'
import { setTimeLocale } from '@/utils/time'
import en from './en.json'
import zhCN from './zh-CN.json'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'

const STORAGE_KEY = 'cloudwindow.locale'

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale)
}

function storedLocale(): Locale {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY)
  return isLocale(value) ? value : DEFAULT_LOCALE
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, en },
})

export const currentLocale = computed<Locale>(() => i18n.global.locale.value as Locale)

export const elementLocale = computed(() => (currentLocale.value === 'en' ? elementEn : elementZhCn))

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale
  document.title = i18n.global.t('app.documentTitle')
  setTimeLocale(locale === 'en' ? 'en' : 'zh-cn')
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  applyLocale(locale)
}

export function toggleLocale(): void {
  setLocale(currentLocale.value === 'zh-CN' ? 'en' : 'zh-CN')
}

applyLocale(currentLocale.value)
