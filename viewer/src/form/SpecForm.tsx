import { type ReactNode, useId } from 'react'
import { formatMm } from '../../../src/index.js'
import { branchFor, convertForBranch, type Field, valueAt, valueForField } from './fields.js'
import { assignment, ChoiceControl, type ControlProps, Problems, TextControl, TextInput } from './leaf-controls.js'

/** What the form does to the spec; the page applies it with the CLI's --set rules. */
export interface SpecEdits {
  /** A `key=value` assignment, as `d3dkit build --set` takes it. */
  readonly assign: (assignment: string) => void
  readonly remove: (path: string) => void
}

export interface SpecFormProps {
  readonly fields: readonly Field[]
  readonly raw: unknown
  /** The spec as parsed, when it parses: lengths in mm, defaults filled in. */
  readonly resolved: unknown
  /** Values the spec leaves to be derived, by path, from the latest machine. */
  readonly derived: Readonly<Record<string, unknown>>
  readonly problems: ReadonlyMap<string, readonly string[]>
  readonly edits: SpecEdits
  /** The spec cannot be built: derived values are the last good machine's. */
  readonly stale: boolean
}

export function SpecForm(props: SpecFormProps) {
  return (
    <div className="spec-form">
      <Problems messages={props.problems.get('')} />
      {props.fields.map((field) => (
        <FieldControl key={field.path} field={field} depth={0} {...props} />
      ))}
    </div>
  )
}

/** Derived numbers are rounded down to 0.1 mm, so that a derived build volume stays reachable. */
function roundedDown(value: unknown): unknown {
  if (typeof value === 'number') return Math.floor(value * 10 + 1e-6) / 10
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundedDown(v)]))
  }
  return value
}

/** A derived value as people read it: "203.2 x 203.2 x 148.15 mm". */
function describeValue(value: unknown): string {
  const numbers = typeof value === 'number' ? [value] : value && typeof value === 'object' ? Object.values(value) : []
  if (numbers.length > 0 && numbers.every((n) => typeof n === 'number'))
    return `${numbers.map(formatMm).join(' x ')} mm`
  return JSON.stringify(value)
}

/** What a field's reset button takes out of the spec: "Reset frame: size, style and profile". */
function resetLabel(field: Field): string {
  const members = field.kind === 'group' ? field.children.map((c) => c.label.toLowerCase()) : []
  const listed = members.length > 1 ? `${members.slice(0, -1).join(', ')} and ${members.at(-1)}` : members.join('')
  return `Reset ${field.label.toLowerCase()}${listed ? `: ${listed}` : ''}`
}

function FieldControl(props: ControlProps) {
  const { field, raw, resolved, edits, derived } = props
  const written = valueAt(raw, field.path) !== undefined
  const known = written || valueAt(resolved, field.path) !== undefined
  const compound = field.kind === 'group' || field.kind === 'union'
  if (compound && field.optional && !known) {
    const value = derived[field.path] === undefined ? undefined : valueForField(field, derived[field.path])
    return (
      <div className={`field unset depth-${props.depth}`} data-field={field.path}>
        <label title={field.description}>
          <input
            type="checkbox"
            checked={false}
            onChange={() => edits.assign(assignment(field.path, value === undefined ? {} : roundedDown(value)))}
          />
          {field.label}
        </label>
        <p className="hint">
          {value === undefined ? 'Not set' : `${props.stale ? 'Last good machine:' : 'Now'} ${describeValue(value)}`}.{' '}
          {field.description}
        </p>
        <Problems messages={props.problems.get(field.path)} />
      </div>
    )
  }
  const leaveOut =
    compound && field.optional && written ? (
      <button
        type="button"
        className="small"
        aria-label={resetLabel(field)}
        title={`${resetLabel(field)}: leave it out of the spec, to use its defaults or derive it (Back undoes it)`}
        onClick={() => edits.remove(field.path)}
      >
        x
      </button>
    ) : null
  switch (field.kind) {
    case 'group':
      return (
        <fieldset className={`field group depth-${props.depth}`} data-field={field.path}>
          <legend title={field.description}>
            {field.label} {leaveOut}
          </legend>
          {props.depth === 0 && <p className="hint">{field.description}</p>}
          <div className={field.children.every((c) => c.kind === 'value') ? 'row' : 'column'}>
            {field.children.map((child) => (
              <FieldControl key={child.path} {...props} field={child} depth={props.depth + 1} />
            ))}
          </div>
          <Problems messages={props.problems.get(field.path)} />
        </fieldset>
      )
    case 'union':
      return <UnionControl {...props} field={field} leaveOut={leaveOut} />
    case 'choice':
      return <ChoiceControl {...props} field={field} />
    default:
      return <TextControl {...props} />
  }
}

function UnionControl(
  props: ControlProps & { readonly field: Extract<Field, { kind: 'union' }>; readonly leaveOut: ReactNode },
) {
  const { field, raw, edits } = props
  const id = useId()
  const value = valueAt(raw, field.path)
  const active = branchFor(field, value)
  const branch = field.branches[active]
  return (
    <div className={`field union depth-${props.depth}`} data-field={field.path}>
      <div className="field-head">
        <label title={field.description} htmlFor={id}>
          {field.label}
        </label>
        <select
          id={id}
          value={active}
          onChange={(e) => {
            const next = field.branches[Number(e.target.value)]
            edits.assign(assignment(field.path, convertForBranch(next, value)))
          }}
        >
          {field.branches.map((b, i) => (
            <option key={b.label} value={i}>
              {b.label}
            </option>
          ))}
        </select>
        {props.leaveOut}
      </div>
      {props.depth <= 1 && <p className="hint">{field.description}</p>}
      {branch.kind === 'group' ? (
        <div className="row">
          {branch.children.map((child) => (
            <FieldControl key={child.path} {...props} field={child} depth={props.depth + 1} />
          ))}
        </div>
      ) : (
        <div className="field">
          <TextInput {...props} field={branch} ariaLabel={field.label} />
        </div>
      )}
      <Problems messages={props.problems.get(field.path)} />
    </div>
  )
}
