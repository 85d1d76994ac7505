/** Bad input from the user: a spec, an option or a file. The CLI exits 2 on it. */
export class InputError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[] | string) {
    const list = typeof problems === 'string' ? [problems] : problems
    super(list.join('\n'))
    this.name = 'InputError'
    this.problems = list
  }
}
