import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const MODULES = join(ROOT, 'modules')

/** A literal under 1 mm added or subtracted: how a fit is written by hand. */
const ADDED_FIT = /[+-]\s*0?\.\d/
/** A constant or field named as a fit and set to a literal under 1 mm. */
const NAMED_FIT = /\w*(?:clearance|fit|allowance|interference)\w*\s*[:=]\s*0?\.\d/i

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })

/** The code without its comments, line for line. */
const withoutComments = (text: string): string[] =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .split('\n')
    .map((line) => line.replace(/(^|\s)\/\/.*$/, ''))

describe('the table of fits', () => {
  it('holds every fit: no module writes one by hand', () => {
    const handWritten = sourceFiles(MODULES).flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8')).flatMap((line, i) =>
        ADDED_FIT.test(line) || NAMED_FIT.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [],
      ),
    )
    expect(handWritten).toEqual([])
  })

  it('finds a fit written by hand', () => {
    const written = ['a + 0.4', 'b - .2', 'clearance: 0.05', 'const SLOT_CLEARANCE = 0.2']
    expect(written.filter((line) => ADDED_FIT.test(line) || NAMED_FIT.test(line))).toEqual(written)
    expect(withoutComments('x + 1 // plus 0.4 of clearance\n/* 0.2 */ y')).toEqual(['x + 1', ' y'])
  })
})
