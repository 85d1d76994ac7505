/** A size as ids and descriptions give it: to 0.01 mm. */
export function hundredths(x: number): number {
  return Math.round(x * 100) / 100
}
