import { lstatSync, realpathSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, resolve, sep } from 'node:path'
import { InputError } from '../../index.js'

/**
 * The absolute output folder for `--out`, or an InputError when it is one that no build may
 * replace, with or without --force: the file system's root, the home folder, the current folder
 * or any folder that holds it (`--out ''`, `.`, `..` or an unset $OUT in a script).
 */
export function outputTarget(dir: string, cwd = process.cwd()): string {
  if (dir.trim() === '') throw new InputError('--out: the folder name is empty; give a folder, e.g. --out my-printer')
  const target = resolve(cwd, dir)
  const real = realOrSelf(target)
  const here = realOrSelf(cwd)
  const home = realOrSelf(homedir())
  const holdsHere = here === real || here.startsWith(real.endsWith(sep) ? real : `${real}${sep}`)
  if (real === dirname(real) || real === home || holdsHere) {
    const what =
      real === dirname(real)
        ? 'the root folder'
        : real === home
          ? 'your home folder'
          : 'the current folder or one that holds it'
    throw new InputError(
      `--out: ${JSON.stringify(dir)} is ${what} (${real}); d3dkit writes only into a folder of its own, e.g. --out out/my-printer`,
    )
  }
  const stat = lstatOrUndefined(target)
  if (stat?.isSymbolicLink())
    throw new InputError(`--out: ${dir} is a symbolic link; give the folder it points to (${realOrSelf(target)})`)
  if (stat && !stat.isDirectory()) throw new InputError(`--out: ${dir} exists and is not a folder`)
  const blocking = fileOnTheWay(target)
  if (blocking) throw new InputError(`--out: cannot write ${dir}: ${blocking} is a file, not a folder`)
  return target
}

/** The nearest existing folder above `path` that is in fact a file, if one is. */
function fileOnTheWay(path: string): string | undefined {
  for (let above = dirname(path); ; above = dirname(above)) {
    const stat = lstatOrUndefined(above)
    if (stat) return stat.isDirectory() || stat.isSymbolicLink() ? undefined : above
    if (above === dirname(above)) return undefined
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

/** The path with every link resolved, as far as the path exists; the rest as given. */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : resolve(realOrSelf(parent), basename(path))
  }
}
