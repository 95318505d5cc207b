import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { configureHttp } from '@/api/http'
import { currentLocale, i18n } from '@/locales'
import { installMaterialsDiagnostics } from '@/materials/diagnostics'
import { onSessionLost, router } from '@/router'
import App from './App.vue'
import 'element-plus/dist/index.css'
import './styles/main.css'

configureHttp({ onUnauthenticated: onSessionLost, language: () => currentLocale.value })
installMaterialsDiagnostics()

createApp(App).use(createPinia()).use(i18n).use(router).mount('#app')
