/** The sections of a config, by name, each as its option lines without comments. */
export function sections(cfg: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>()
  let current: Map<string, string> | undefined
  let key = ''
  for (const raw of cfg.split('\n')) {
    if (raw.startsWith('#') || raw.trim() === '') continue
    const head = /^\[(.+)\]$/.exec(raw)
    if (head) {
      current = new Map()
      out.set(head[1], current)
    } else if (raw.startsWith('    ') && current) current.set(key, `${current.get(key)}\n${raw.trim()}`.trim())
    else if (current) {
      const at = raw.indexOf(':')
      key = raw.slice(0, at)
      current.set(
        key,
        raw
          .slice(at + 1)
          .replace(/ {2}#.*/, '')
          .trim(),
      )
    }
  }
  return out
}

/** One option's value, without its comment; undefined when the section or option is missing. */
export const value = (cfg: string, section: string, key: string) => sections(cfg).get(section)?.get(key)
