import type { RouteRecordRaw } from 'vue-router'
import AppShell from '@/layouts/AppShell.vue'
import { LOGIN_PATH } from '@/stores/roles'

export const routes: RouteRecordRaw[] = [
  {
    path: LOGIN_PATH,
    name: 'login',
    component: () => import('@/features/auth/LoginView.vue'),
    meta: { public: true },
  },
  {
    // Public progress lookup: the resident has no account; the receipt's QR code leads here.
    path: '/track',
    name: 'track',
    component: () => import('@/features/track/TrackView.vue'),
    meta: { public: true },
  },
  {
    // Landing on "/" itself is sent to the user's home by the guard.
    path: '/',
    component: AppShell,
    children: [
      {
        path: 'worker',
        name: 'worker',
        component: () => import('@/features/worker/WorkerView.vue'),
        meta: { roles: ['COMMUNITY_WORKER'], area: 'worker' },
      },
      {
        path: 'worker/cases',
        name: 'worker-cases',
        component: () => import('@/features/case/list/CaseListView.vue'),
        meta: { roles: ['COMMUNITY_WORKER'], area: 'worker' },
      },
      {
        path: 'clerk/cases',
        name: 'clerk-cases',
        component: () => import('@/features/case/list/CaseListView.vue'),
        meta: { roles: ['CLERK'], area: 'clerk' },
      },
      {
        path: 'cases/:id(\\d+)',
        name: 'case',
        component: () => import('@/features/case/CasePage.vue'),
        meta: { roles: ['COMMUNITY_WORKER', 'CLERK', 'COORDINATOR'] },
      },
      {
        path: 'clerk',
        name: 'clerk',
        component: () => import('@/features/clerk/ClerkView.vue'),
        meta: { roles: ['CLERK'], area: 'clerk' },
      },
      {
        path: 'coordinator',
        name: 'coordinator',
        component: () => import('@/features/coordinator/CoordinatorView.vue'),
        meta: { roles: ['COORDINATOR'], area: 'coordinator' },
      },
      {
        path: 'expert',
        name: 'expert',
        component: () => import('@/features/expert/ExpertView.vue'),
        meta: { roles: ['EXPERT'], area: 'expert' },
      },
      {
        path: 'admin',
        component: () => import('@/features/admin/AdminView.vue'),
        meta: { roles: ['ADMIN'], area: 'admin' },
        children: [
          { path: '', redirect: { name: 'admin-users' } },
          { path: 'users', name: 'admin-users', component: () => import('@/features/admin/users/UsersTab.vue') },
          { path: 'sites', name: 'admin-sites', component: () => import('@/features/admin/sites/SitesTab.vue') },
          {
            path: 'windows',
            name: 'admin-windows',
            component: () => import('@/features/admin/windows/WindowsTab.vue'),
          },
          { path: 'experts', name: 'admin-experts', component: () => import('@/features/admin/experts/ExpertsTab.vue') },
        ],
      },
    ],
  },
  { path: '/:unknown(.*)*', redirect: '/' },
]
