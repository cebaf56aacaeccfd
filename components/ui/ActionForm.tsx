"use client";
// A form driven by a server action: shows the action's answer (success or a Chinese error),
// disables its button while the action runs, and keeps what was typed when the action fails.
import { useId, type ReactNode } from "react";
import type { FormState } from "@/app/_lib/action-result";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { useKeptForm } from "@/components/ui/useKeptForm";

/** The message the action gave a field, for its Field's `error`. */
export type FieldErrorOf = (field: string) => string | undefined;

export interface ActionFormProps {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** the form's accessible name */
  label: string;
  /** shows the label as the form's heading (h2) */
  heading?: boolean;
  submit: string;
  className?: string;
  /** the fields; a function receives the field messages of the last answer */
  children: ReactNode | ((error: FieldErrorOf) => ReactNode);
}

export function ActionForm({ action, label, heading, submit, className, children }: ActionFormProps) {
  const { state, pending, onSubmit, formKey } = useKeptForm<FormState>(action, null);
  const headingId = useId();
  const named = heading ? { "aria-labelledby": headingId } : { "aria-label": label };
  return (
    <form key={formKey} onSubmit={onSubmit} className={className} {...named}>
      {heading && (
        <h2 id={headingId} className="mt-0">
          {label}
        </h2>
      )}
      {typeof children === "function" ? children((field) => fieldError(state, field)) : children}
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
