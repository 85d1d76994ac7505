/** Hands bytes or text to the browser as a file download. */
export function saveFile(name: string, content: Uint8Array | string, type: string): void {
  const blob = new Blob([content as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  // The download has its own reference by now; the address can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
