import { http } from './http'
import type { Called, NewTicketRequest, Ticket, TransferRequest } from './queue-types'

export async function takeTicket(request: NewTicketRequest): Promise<Ticket> {
  return (await http.post<Ticket>('/api/tickets', request)).data
}

/** The worker's active tickets, to restore the tablet after a reload. */
export async function fetchMyTickets(): Promise<Ticket[]> {
  return (await http.get<Ticket[]>('/api/tickets')).data
}

export async function fetchTicket(id: number): Promise<Ticket> {
  return (await http.get<Ticket>(`/api/tickets/${id}`)).data
}

export async function withdrawTicket(id: number): Promise<Ticket> {
  return (await http.delete<Ticket>(`/api/tickets/${id}`)).data
}

export async function answerTicket(id: number): Promise<Ticket> {
  return (await http.post<Ticket>(`/api/tickets/${id}/answer`)).data
}

export async function callTicket(id: number, session?: string): Promise<Called> {
  return (await http.post<Called>(`/api/tickets/${id}/call`, session ? { session } : undefined)).data
}

export async function completeTicket(id: number): Promise<Ticket> {
  return (await http.post<Ticket>(`/api/tickets/${id}/complete`)).data
}

export async function transferTicket(id: number, request: TransferRequest): Promise<Ticket> {
  return (await http.post<Ticket>(`/api/tickets/${id}/transfer`, request)).data
}
