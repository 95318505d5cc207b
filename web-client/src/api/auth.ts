import { http } from './http'
import type { LoginRequest, Me } from './types'

export async function login(request: LoginRequest): Promise<Me> {
  return (await http.post<Me>('/api/auth/login', request)).data
}

export async function logout(): Promise<void> {
  await http.post('/api/auth/logout')
}

export async function fetchMe(): Promise<Me> {
  return (await http.get<Me>('/api/me')).data
}
