/** One option of a section: its key, its value (several lines for a list) and where the value comes from. */
export interface Option {
  readonly key: string
  readonly value: string | readonly string[]
  readonly from?: string
}

/** A config section: its name, a comment above it, its options. */
export interface Section {
  readonly name: string
  readonly about?: readonly string[]
  readonly options: readonly Option[]
}

export const option = (key: string, value: string | number | readonly string[], from?: string): Option => ({
  key,
  value: typeof value === 'number' ? num(value) : value,
  ...(from ? { from } : {}),
})

/** A number as the config writes it: at most 6 decimals, no trailing zeros, no "-0". */
export function num(value: number): string {
  const text = String(Number(value.toFixed(6)))
  return text === '-0' ? '0' : text
}

/** Rounded to 0.01 mm away from a range's inside (a travel limit), never onto the value itself. */
export const outward = (value: number, side: 'min' | 'max') =>
  side === 'min' ? Math.floor(value * 100 - 1e-6) / 100 : Math.ceil(value * 100 + 1e-6) / 100
/** Rounded to 0.01 mm towards a range's inside (a point that must stay within it). */
export const inward = (value: number, side: 'min' | 'max') =>
  side === 'min' ? Math.ceil(value * 100 - 1e-9) / 100 : Math.floor(value * 100 + 1e-9) / 100

/** The config's text: each section, each option with its source as a comment. */
export function render(header: readonly string[], sections: readonly Section[]): string {
  const out = header.map((line) => `# ${line}`)
  for (const section of sections) {
    out.push('')
    for (const line of section.about ?? []) out.push(`# ${line}`)
    out.push(`[${section.name}]`)
    for (const o of section.options) {
      if (typeof o.value === 'string') {
        out.push(o.from ? `${o.key}: ${o.value}  # ${o.from}` : `${o.key}: ${o.value}`)
      } else {
        if (o.from) out.push(`# ${o.key}: ${o.from}`)
        out.push(`${o.key}:`, ...o.value.map((line) => `    ${line}`))
      }
    }
  }
  return `${out.join('\n')}\n`
}
