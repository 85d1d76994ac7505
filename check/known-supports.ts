/**
 * The printed parts known today to need support, by name, with what the geometric check measured
 * on them and why. Both checks read this one list: `test/printability.test.ts` and
 * `npm run check:print` (PrusaSlicer with automatic supports) fail on any other part that needs
 * support, and on a part listed here that no longer does, so that the list only shrinks.
 */
export const PARTS_NEEDING_SUPPORT: Readonly<Record<string, { readonly areaMm2: number; readonly why: string }>> = {}

/** Whether a part may need support: it is on the list. */
export const mayNeedSupport = (name: string): boolean => Object.hasOwn(PARTS_NEEDING_SUPPORT, name)

/** The listed parts that no longer need support, as messages, given the names of those that do. */
export function curedParts(needing: ReadonlySet<string>): string[] {
  return Object.entries(PARTS_NEEDING_SUPPORT)
    .filter(([name]) => !needing.has(name))
    .map(
      ([name, { areaMm2, why }]) => `${name} (listed with ${areaMm2} mm2: ${why}): take it off check/known-supports.ts`,
    )
}
