import { createStore, del, set, values, type UseStore } from 'idb-keyval'
import type { JobStore, UploadJob } from './upload-types'

/**
 * IndexedDB keeps Blobs as they are (localStorage could only hold base64 text, and too little),
 * so a photo taken offline is still there after a reload or a tablet restart.
 */
export function idbJobStore(store: UseStore = createStore('cloudwindow-materials', 'uploads')): JobStore {
  return {
    all: () => values<UploadJob>(store),
    put: (job) => set(job.id, job, store),
    remove: (id) => del(id, store),
  }
}

/** For tests, and where IndexedDB is missing: the queue then lives as long as the page. */
export function memoryJobStore(initial: UploadJob[] = []): JobStore & { jobs: Map<string, UploadJob> } {
  const jobs = new Map(initial.map((job) => [job.id, { ...job }]))
  return {
    jobs,
    all: async () => [...jobs.values()].map((job) => ({ ...job })),
    put: async (job) => void jobs.set(job.id, { ...job }),
    remove: async (id) => void jobs.delete(id),
  }
}
