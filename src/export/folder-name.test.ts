import { describe, expect, it } from 'vitest'
import { folderName } from './folder-name.js'

describe('folder names', () => {
  it('turns free text into a safe folder name, and nothing into the default', () => {
    expect(folderName('D3D 12 in')).toBe('d3d-12-in')
    expect(folderName('../../etc/passwd')).toBe('etc-passwd')
    expect(folderName('d3d-12in')).toBe('d3d-12in')
    expect(folderName('  ')).toBe('d3dkit-printer')
  })
})
