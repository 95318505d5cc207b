import { computed, inject, onScopeDispose, ref, shallowRef, toValue, type InjectionKey, type MaybeRefOrGetter } from 'vue'
import { showError } from '@/composables/notify'
import { i18n } from '@/locales'
import { materialUploads, type UploadItem, type UploadQueue } from '@/materials'
import { fileFault, fileType } from '@/materials/file-rules'
import { prepareFile, type ImageCodec } from '@/materials/prepare-image'

/** Tests hand in a queue over fakes; the app uses the page's one queue. */
export const UPLOAD_QUEUE: InjectionKey<UploadQueue> = Symbol('upload-queue')
export const IMAGE_CODEC: InjectionKey<ImageCodec> = Symbol('image-codec')

/**
 * The worker's side of the queue for one case: taking files in (prepared, checked, stored) and
 * the case's uploads for the views. `onUploaded` lets the checklist catch up even when the live
 * topic is down.
 */
export function useUploads(caseId: MaybeRefOrGetter<number>, onUploaded?: () => void) {
  const queue = inject(UPLOAD_QUEUE, materialUploads, true)
  const codec = inject(IMAGE_CODEC, undefined)
  const all = shallowRef<readonly UploadItem[]>([])
  const preparing = ref(0)

  onScopeDispose(queue.subscribe((items) => (all.value = items)))
  onScopeDispose(
    queue.onUploaded((uploaded) => {
      if (uploaded.caseId === toValue(caseId)) onUploaded?.()
    }),
  )

  const items = computed(() => all.value.filter((item) => item.caseId === toValue(caseId)))
  const forSlot = (slotCode: string) => items.value.filter((item) => item.slotCode === slotCode)

  /** Files of one pick, in the order given; a bad one is named and skipped, the others go on. */
  async function capture(slotCode: string, files: readonly File[]): Promise<void> {
    preparing.value += files.length
    for (const file of files) {
      try {
        const prepared = await prepareFile(file, codec)
        const fault = fileFault(prepared)
        if (fault) {
          showError(i18n.global.t(`materials.fault.${fault}`, { name: file.name }))
          continue
        }
        await queue.add({ caseId: toValue(caseId), slotCode, file: prepared, fileName: prepared.name, fileType: fileType(prepared) })
      } finally {
        preparing.value -= 1
      }
    }
  }

  return {
    items,
    forSlot,
    preparing,
    capture,
    retry: () => queue.retryNow(),
    dismiss: (id: string) => queue.dismiss(id),
  }
}
