import type { KeyboardEvent, PointerEvent } from 'react'

/** The lists' height, % of the window: the least, the most (the view keeps the rest) and the arrow keys' step. */
export const LIST_HEIGHT = { least: 15, most: 85, step: 5, start: 40 } as const

const clamp = (percent: number) => Math.round(Math.min(LIST_HEIGHT.most, Math.max(LIST_HEIGHT.least, percent)))

const KEY_CHANGE: Readonly<Record<string, (percent: number) => number>> = {
  ArrowUp: (p) => p + LIST_HEIGHT.step,
  ArrowDown: (p) => p - LIST_HEIGHT.step,
  Home: () => LIST_HEIGHT.least,
  End: () => LIST_HEIGHT.most,
}

export interface ResizeHandleProps {
  /** The lists' height, % of the window. */
  readonly percent: number
  readonly onResize: (percent: number) => void
}

/** The bar on the lists' top edge: dragged, or focused and moved with the arrow keys, it sets their height. */
export function ResizeHandle({ percent, onResize }: ResizeHandleProps) {
  const drag = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return
    const bottom = event.currentTarget.parentElement!.getBoundingClientRect().bottom
    onResize(clamp(((bottom - event.clientY) / window.innerHeight) * 100))
  }
  const key = (event: KeyboardEvent<HTMLDivElement>) => {
    const change = KEY_CHANGE[event.key]
    if (!change) return
    event.preventDefault()
    onResize(clamp(change(percent)))
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be focused and dragged
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Height of the lists"
      aria-valuemin={LIST_HEIGHT.least}
      aria-valuemax={LIST_HEIGHT.most}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% of the window`}
      tabIndex={0}
      onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
      onPointerMove={drag}
      onKeyDown={key}
    />
  )
}
