import { fileType, isImage } from './file-rules'
import { fitWithin, JPEG_QUALITY, jpegName, type Size } from './image-size'

/** A decoded image, upright, whatever its EXIF orientation said. */
export interface DecodedImage extends Size {
  source: CanvasImageSource
  close(): void
}

/** The browser parts, so the preparation can be tested without a canvas. */
export interface ImageCodec {
  decode(file: Blob): Promise<DecodedImage>
  encodeJpeg(image: DecodedImage, size: Size, quality: number): Promise<Blob>
}

/**
 * createImageBitmap with `imageOrientation: 'from-image'` applies the EXIF rotation while
 * decoding, so no EXIF parser is needed; the canvas then drops all metadata (GPS included).
 */
export const browserCodec: ImageCodec = {
  async decode(file) {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
    return { width: bitmap.width, height: bitmap.height, source: bitmap, close: () => bitmap.close() }
  },
  async encodeJpeg(image, size, quality) {
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d canvas')
    // JPEG has no transparency: a white ground keeps transparent PNG areas from turning black.
    context.fillStyle = '#fff'
    context.fillRect(0, 0, size.width, size.height)
    context.drawImage(image.source, 0, 0, size.width, size.height)
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encoding failed'))), 'image/jpeg', quality),
    )
  },
}

/**
 * Photos are turned upright, scaled to at most 2400 px and re-encoded as JPEG, so a 4 MB
 * camera photo travels as ~500 KB over a community point's link. PDFs pass untouched. An image
 * the browser cannot decode is sent as it is: the server then says, in words, what is wrong.
 */
export async function prepareFile(file: File, codec: ImageCodec = browserCodec): Promise<File> {
  const type = fileType(file)
  if (!isImage(type)) return file
  let image: DecodedImage
  try {
    image = await codec.decode(file)
  } catch {
    return file
  }
  try {
    const blob = await codec.encodeJpeg(image, fitWithin(image), JPEG_QUALITY)
    return new File([blob], jpegName(file.name), { type: 'image/jpeg', lastModified: file.lastModified })
  } catch {
    return file
  } finally {
    image.close()
  }
}
