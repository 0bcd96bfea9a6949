/**
 * Plain form fields for the demo's own forms (the guided network form, planning a meeting,
 * staffing): a label, the control and core's message beside it, tied together with
 * `aria-describedby` and `aria-invalid`, so a screen reader hears the problem with the field.
 * Native controls: a keyboard moves through them with Tab and chooses with the arrow keys. The
 * message is always core's (`errorFor` of the kit's `formErrors`, or a dataset issue); these
 * fields only show it.
 */
import type { FormError } from '@samverkan/ui';
import { useId, type ReactNode } from 'react';

/** Core's message about the field `key` or anything inside it (`meeting.minutesApproverIds.0` → `meeting.minutesApproverIds`). */
export function errorAt(errors: readonly FormError[], key: string): string | undefined {
  return errors.find((e) => e.key === key || e.key.startsWith(`${key}.`))?.message;
}

/** The id a field is found by from an error summary's link: `field-<key>` with the key's dots kept. */
export function fieldId(key: string): string {
  return `field-${key.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
}

interface FieldProps {
  /** The key core's issues name this field by (`organisations.0.name`); also its id. */
  fieldKey: string;
  label: string;
  /** Core's message about this field, if any. */
  error?: string | undefined;
  hint?: string;
}

function Described({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <p className="sv-description" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="sv-field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids === '' ? undefined : ids;
}

export function TextInput({
  fieldKey,
  label,
  error,
  hint,
  value,
  onChange,
  multiline = false,
  inputMode,
  autoComplete = 'off',
}: FieldProps & { value: string; onChange: (value: string) => void; multiline?: boolean; inputMode?: 'numeric' | 'text'; autoComplete?: string }) {
  const id = fieldId(fieldKey);
  const common = {
    id,
    className: 'sv-input',
    value,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
  return (
    <div className="sv-field">
      <label className="sv-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} data-multiline="" rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
      )}
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectInput({ fieldKey, label, error, hint, value, onChange, choices }: FieldProps & { value: string; onChange: (value: string) => void; choices: readonly Choice[] }) {
  const id = fieldId(fieldKey);
  return (
    <div className="sv-field">
      <label className="sv-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="sv-input" value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

/** Several choices as checkboxes in a fieldset (a role's authorities, a meeting's justerare). */
export function CheckboxList({ fieldKey, label, error, hint, values, onChange, choices }: FieldProps & { values: readonly string[]; onChange: (values: string[]) => void; choices: readonly Choice[] }) {
  const id = fieldId(fieldKey);
  const own = useId();
  return (
    <fieldset id={id} className="sv-demo-fieldset" aria-describedby={describedBy(id, hint, error)}>
      <legend className="sv-label">{label}</legend>
      <ul className="sv-demo-checks">
        {choices.map((c, n) => (
          <li key={c.value}>
            <input
              id={`${own}-${n}`}
              type="checkbox"
              className="sv-demo-check"
              checked={values.includes(c.value)}
              onChange={(e) => onChange(e.target.checked ? [...values, c.value] : values.filter((v) => v !== c.value))}
            />{' '}
            <label htmlFor={`${own}-${n}`}>{c.label}</label>
          </li>
        ))}
      </ul>
      <Described id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/** A group of fields for one row of a list (an organisation, a person), with its own heading. */
export function Row({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <li className="sv-demo-wizard__row">
      <h4 className="sv-demo-wizard__row-title">{title}</h4>
      <div className="sv-demo-form__row">{children}</div>
      {actions ? <div className="sv-demo-form__actions">{actions}</div> : null}
    </li>
  );
}
