/** A file name from free text: letters and digits joined by dashes. */
export function fileNameFrom(text: string, fallback: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || fallback
  )
}

/** Hands a blob to the browser as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.click()
  // The click has started the download; the URL is no longer needed once it has been read.
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 0)
}
