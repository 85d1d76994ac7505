import type { AssemblyNode, Leaf, Motion } from '../parts/types.js'

/** A printed part's mass, g, by its name (what the kit measured or the slicer estimated). */
export type PrintedGrams = (name: string) => number

const leafGrams = (leaf: Leaf, printedGrams: PrintedGrams): number =>
  leaf.kind === 'printed'
    ? printedGrams(leaf.part.name)
    : leaf.kind === 'bought'
      ? leaf.part.grams * leaf.quantity
      : leaf.piece.grams

/** The mass of a node and everything below it, kg. */
export function massOf(node: AssemblyNode, printedGrams: PrintedGrams): number {
  const own = node.leaves.reduce((sum, leaf) => sum + leafGrams(leaf, printedGrams), 0) / 1000
  return node.children.reduce((sum, child) => sum + massOf(child, printedGrams), own)
}

/** The nodes that move with a motion, outermost first (a node below a moving node is not listed again). */
export function movingNodes(root: AssemblyNode, name: Motion['name']): AssemblyNode[] {
  if (root.motion?.name === name) return [root]
  return root.children.flatMap((child) => movingNodes(child, name))
}

/** The carriages of an axis node: its children that move. */
export const carriagesOf = (axis: AssemblyNode): AssemblyNode[] => axis.children.filter((child) => child.motion)
