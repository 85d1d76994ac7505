import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react'
import { formatMm, jsonDepth, MAX_SPEC_BYTES, MAX_SPEC_DEPTH } from '../../../src/index.js'
import { type Field, valueAt } from './fields.js'
import type { SpecFormProps } from './SpecForm.js'

/** The props of every control: the form's, the field and how deep it sits. */
export type ControlProps = SpecFormProps & { readonly field: Field; readonly depth: number }

/** The problems of a field, under it. */
export function Problems({ messages }: { readonly messages: readonly string[] | undefined }) {
  if (!messages?.length) return null
  return (
    <ul className="problems" role="alert">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  )
}

/** A `key=value` assignment of a JSON value. */
export const assignment = (path: string, value: unknown) => `${path}=${JSON.stringify(value)}`

/**
 * The assignment of a field's text as --set reads it: numbers as numbers, "12in" as a string. Text
 * fields, and JSON past the spec's limits, are taken as strings, for the schema to refuse.
 */
function assignmentOf(field: Field, text: string): string {
  const asString = field.kind === 'text' || text.length > MAX_SPEC_BYTES || jsonDepth(text) > MAX_SPEC_DEPTH
  return asString ? assignment(field.path, text) : `${field.path}=${text.trim()}`
}

/** A field's row: its label, its control and its problems. */
function Labelled(props: ControlProps & { readonly children: (id: string) => ReactNode }) {
  const { field } = props
  const id = useId()
  return (
    <div className={`field depth-${props.depth}`} data-field={field.path}>
      <div className="field-head">
        <label htmlFor={id} title={field.description}>
          {field.label}
        </label>
        {props.children(id)}
      </div>
      {props.depth === 0 && <p className="hint">{field.description}</p>}
      <Problems messages={props.problems.get(field.path)} />
    </div>
  )
}

export function ChoiceControl(props: ControlProps & { readonly field: Extract<Field, { kind: 'choice' }> }) {
  const { field, raw, resolved, edits } = props
  const current = valueAt(raw, field.path) ?? valueAt(resolved, field.path) ?? field.defaultValue
  return (
    <Labelled {...props}>
      {(id) => (
        <select
          id={id}
          name={field.path}
          value={current === undefined ? '' : String(current)}
          onChange={(e) => {
            const option = field.options.find((o) => String(o) === e.target.value)
            edits.assign(assignment(field.path, option))
          }}
        >
          {current === undefined && <option value="">(not set)</option>}
          {field.options.map((o) => (
            <option key={String(o)} value={String(o)}>
              {String(o)}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  )
}

export function TextControl(props: ControlProps) {
  return <Labelled {...props}>{(id) => <TextInput {...props} id={id} />}</Labelled>
}

/** A text box that changes the spec on Enter or when it loses focus; Escape takes the edit back. */
export function TextInput(props: ControlProps & { readonly id?: string; readonly ariaLabel?: string }) {
  const { field, raw, resolved, edits } = props
  const value = valueAt(raw, field.path)
  const text = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)
  const [draft, setDraft] = useState(text)
  useEffect(() => setDraft(text), [text])
  const commit = () => {
    if (draft === text) return
    if (draft.trim() === '') edits.remove(field.path)
    else edits.assign(assignmentOf(field, draft))
  }
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit()
    if (e.key === 'Escape') setDraft(text)
  }
  const parsed = valueAt(resolved, field.path)
  const invalid = props.problems.has(field.path)
  // The length in mm, where the text gives it another way (in inches, say); not beside a bad
  // value, whose mm would be the last good machine's.
  const showResolved =
    !invalid &&
    field.kind === 'value' &&
    typeof parsed === 'number' &&
    text.trim() !== '' &&
    !/^\s*[\d.]+\s*(mm)?\s*$/.test(text)
  return (
    <>
      <input
        id={props.id}
        aria-label={props.ariaLabel}
        name={field.path}
        value={draft}
        placeholder={parsed === undefined || props.stale ? '' : `default ${parsed}`}
        aria-invalid={invalid}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKey}
      />
      {showResolved && <span className="resolved">{formatMm(parsed)} mm</span>}
    </>
  )
}
