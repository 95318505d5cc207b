import * as calls from '@/api/calls'
import { cachedIceServers } from './ice-cache'
import type { CallApi } from './ports'

/** The call core's API, on the app's HTTP client (CSRF, problem details, language). */
export const httpCallApi: CallApi = {
  join: calls.joinCall,
  get: calls.fetchCall,
  iceServers: cachedIceServers(calls.fetchIceServers),
  media: calls.putMedia,
  leave: calls.leaveCall,
  hangup: calls.hangUpCall,
  startRecording: calls.startRecording,
  uploadChunk: calls.uploadChunk,
  stopRecording: calls.stopRecording,
  requestStill: calls.requestStill,
  uploadStill: calls.uploadStill,
  stills: calls.fetchStills,
}
