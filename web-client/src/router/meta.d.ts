import 'vue-router'
import type { Role } from '@/api/types'
import type { Area } from '@/stores/roles'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session. */
    public?: boolean
    /** Any one of these roles may enter; absent means any logged-in user. */
    roles?: Role[]
    area?: Area
  }
}
