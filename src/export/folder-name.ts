/** A folder name from free text (a preset, a spec file's or a printer's name): safe on every system. */
export function folderName(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '') || 'd3dkit-printer'
  )
}
