import { createCsrf } from '@/api/csrf'
import { CSRF_PATH, http } from '@/api/http'
import { uploadEndpoint } from '@/api/materials'
import type { CsrfToken } from '@/api/types'
import { idbJobStore, memoryJobStore } from './job-store'
import { tusUploader } from './tus-uploader'
import { UploadQueue } from './upload-queue'
import type { Network } from './upload-types'

export { UploadQueue } from './upload-queue'
export type { NewUpload, Uploaded } from './upload-queue'
export type { UploadItem, UploadState } from './upload-types'
export { UPLOAD_STATES } from './upload-types'

const browserNetwork: Network = {
  online: () => globalThis.navigator?.onLine !== false,
  onOnline(listener) {
    globalThis.addEventListener('online', listener)
    return () => globalThis.removeEventListener('online', listener)
  },
}

let queue: UploadQueue | undefined

/** The page's one upload queue, made (and its stored files picked up) on first use. */
export function materialUploads(): UploadQueue {
  if (!queue) {
    // tus requests bypass axios, so they take the same token source the axios interceptor uses.
    const csrf = createCsrf(async () => (await http.get<CsrfToken>(CSRF_PATH)).data, () => document.cookie)
    queue = new UploadQueue({
      uploader: tusUploader({
        endpoint: uploadEndpoint,
        csrfHeader: csrf.header,
        refreshCsrf: csrf.refresh,
        language: () => document.documentElement.lang || 'zh-CN',
      }),
      store: globalThis.indexedDB ? idbJobStore() : memoryJobStore(),
      network: browserNetwork,
    })
    void queue.start()
  }
  return queue
}
