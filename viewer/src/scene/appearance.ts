import type { PartInfo } from '../protocol.js'

/** How a part is drawn: by what it is, and for stock by the material it is cut from. */
export type Look = 'printed' | 'bought' | 'steel' | 'rod' | 'belt'

export const LOOKS: Readonly<Record<Look, { readonly colour: string; readonly label: string }>> = {
  printed: { colour: '#f08a24', label: 'printed parts' },
  bought: { colour: '#3f7d4f', label: 'bought parts' },
  steel: { colour: '#7d8792', label: 'steel' },
  rod: { colour: '#dfe4ea', label: 'smooth rods' },
  belt: { colour: '#1c1c1c', label: 'belts' },
}

/** Colour of what is highlighted in the module tree, and of the selected part. */
export const HIGHLIGHT = '#2f9bff'
export const SELECTED = '#ff3d7f'
/** An instance in Build mode: not in it, put in by an earlier step, by the step shown (or worked on by it), or later (hidden). */
export const StepState = { None: 0, Done: 1, Shown: 2, Later: 3 } as const
export type StepState = (typeof StepState)[keyof typeof StepState]

/** Build mode's colours, the build guide's pictures' (src/export/picture): earlier steps light grey, the step's stock blue. */
const DONE = '#d2d2d2'
const STEP_STOCK = '#3d6fb4'

/** An instance's colour by its state: the step's printed and bought parts, and any outside Build mode, keep their looks. */
export function stepColour(state: StepState, look: Look): string {
  if (state === StepState.Done) return DONE
  return state === StepState.None || look === 'printed' || look === 'bought' ? LOOKS[look].colour : STEP_STOCK
}

/** What each colour of the view means in Build mode. */
export const BUILD_LEGEND: readonly { readonly colour: string; readonly label: string }[] = [
  { colour: LOOKS.printed.colour, label: 'printed parts' },
  { colour: LOOKS.bought.colour, label: 'bought parts' },
  { colour: STEP_STOCK, label: 'stock' },
  { colour: DONE, label: 'earlier steps' },
  { colour: HIGHLIGHT, label: 'highlighted' },
  { colour: SELECTED, label: 'selected' },
]

/** What each colour of the view means: the looks, then what is highlighted and selected. */
export const LEGEND: readonly { readonly colour: string; readonly label: string }[] = [
  ...Object.values(LOOKS),
  { colour: HIGHLIGHT, label: 'highlighted' },
  { colour: SELECTED, label: 'selected' },
]

/** Stock looks by its material's words: a ground or smooth surface is a rod, fibre or rubber a belt. */
const STOCK_LOOKS: readonly (readonly [RegExp, Look])[] = [
  [/\b(belt|rubber|fibre|fiber)\b/i, 'belt'],
  [/\b(smooth|ground|polished)\b/i, 'rod'],
]

export function lookOf(part: PartInfo): Look {
  if (part.kind !== 'stock') return part.kind
  return STOCK_LOOKS.find(([words]) => words.test(part.material ?? ''))?.[1] ?? 'steel'
}
