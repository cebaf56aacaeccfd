// A labelled form field with its hint and its error, wired for screen readers: the input
// is described by the hint, or by the error once there is one.
import type { ReactNode, SelectHTMLAttributes } from "react";

export interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (described: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}

export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-describedby": describedBy, ...(error ? { "aria-invalid": true as const } : {}) })}
      {hint && (
        <p id={hintId} className="muted text-sm">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** One option of a SelectField: its value and what the user reads. */
export interface Choice {
  key: string;
  label: string;
}

export interface SelectFieldProps extends Omit<FieldProps, "children">, Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "children"> {
  choices: readonly Choice[];
  /** a first option with no value that cannot be chosen: the user has to pick one of the choices */
  placeholder?: string;
  /** a first option with no value that stands for all of the choices (a filter) */
  allLabel?: string;
  /** a first option with no value that stands for none of them (a unit with no 上级单位) */
  noneLabel?: string;
}

/** A Field whose input is a select of the choices. */
export function SelectField({ id, label, hint, error, choices, placeholder, allLabel, noneLabel, ...select }: SelectFieldProps) {
  const emptyChoice = allLabel ?? noneLabel;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(props) => (
        <select {...props} {...select}>
          {placeholder !== undefined && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {emptyChoice !== undefined && <option value="">{emptyChoice}</option>}
          {choices.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
