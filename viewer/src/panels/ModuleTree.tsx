import type { TreeNode } from '../protocol.js'

export interface ModuleTreeProps {
  readonly nodes: readonly TreeNode[]
  readonly paths: readonly string[]
  readonly hidden: ReadonlySet<string>
  readonly isolated: string | undefined
  readonly highlighted: string | undefined
  readonly onToggleHidden: (path: string) => void
  readonly onIsolate: (path: string | undefined) => void
  readonly onHighlight: (path: string | undefined) => void
}

/** A node's path below the root, as a user reads it ("x › carriage"); node names repeat, paths do not. */
function readablePath(path: string): string {
  return path.split('/').slice(1).join(' › ') || path
}

/** The assembly tree: show or hide, isolate and highlight each node (a module or a part of one). */
export function ModuleTree(props: ModuleTreeProps) {
  const children = (parent: number) => props.nodes.flatMap((n, i) => (n.parent === parent ? [i] : []))
  const row = (i: number) => {
    const path = props.paths[i]
    const where = readablePath(path)
    const { name, module } = props.nodes[i]
    const isolated = props.isolated === path
    const highlighted = props.highlighted === path
    const nested = children(i)
    return (
      <li key={path} data-node={path}>
        <div className={`tree-row${highlighted ? ' highlighted' : ''}`}>
          <input
            type="checkbox"
            aria-label={`Show ${where}`}
            checked={!props.hidden.has(path)}
            onChange={() => props.onToggleHidden(path)}
          />
          <button
            type="button"
            className="tree-name"
            aria-pressed={highlighted}
            title="Highlight"
            onClick={() => props.onHighlight(highlighted ? undefined : path)}
          >
            {name}
            {module !== name && <span className="muted"> {module}</span>}
          </button>
          <button
            type="button"
            className="small isolate"
            aria-pressed={isolated}
            aria-label={isolated ? `Show all, not only ${where}` : `Show only ${where}`}
            onClick={() => props.onIsolate(isolated ? undefined : path)}
          >
            {isolated ? 'all' : 'only'}
          </button>
        </div>
        {nested.length > 0 && <ul>{nested.map(row)}</ul>}
      </li>
    )
  }
  return <ul className="module-tree">{children(-1).map(row)}</ul>
}
