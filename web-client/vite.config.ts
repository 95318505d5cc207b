/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { defineConfig } from 'vite'

// Where `npm run dev` sends API, WebSocket and actuator calls.
const backend = process.env.CLOUDWINDOW_BACKEND ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus components are resolved per use so only what the app renders is bundled (their
    // CSS is imported once in main.ts); our own components are imported explicitly.
    Components({ dirs: [], dts: false, resolvers: [ElementPlusResolver({ importStyle: false })] }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  optimizeDeps: {
    // Component imports are added by the resolver after Vite's dependency scan; naming the entry
    // here keeps the dev server from reloading the page when it first meets them.
    include: ['element-plus/es'],
  },
  server: {
    proxy: {
      '/api': backend,
      '/actuator': backend,
      '/v3': backend,
      '/ws': { target: backend, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Tests run in Node, whose tus-js-client build reads only Buffers and streams; the browser
    // build (what Vite bundles, by the package's `browser` field) reads Blobs as the app does.
    alias: { 'tus-js-client': fileURLToPath(new URL('./node_modules/tus-js-client/lib.esm/browser/index.js', import.meta.url)) },
    // Element Plus modules import their CSS, which Node cannot load: let Vite transform them.
    server: { deps: { inline: ['element-plus'] } },
  },
})
