"use client";
// A form driven by a server action: shows the action's answer (success or a Chinese error),
// disables its button while the action runs, and keeps what was typed when the action fails.
import type { ReactNode } from "react";
import type { FormState } from "@/app/_lib/action-result";
import { FormMessage } from "@/components/ui/FormMessage";
import { useKeptForm } from "@/components/ui/useKeptForm";

export interface ActionFormProps {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** the form's accessible name */
  label: string;
  submit: string;
  className?: string;
  children: ReactNode;
}

export function ActionForm({ action, label, submit, className, children }: ActionFormProps) {
  const { state, pending, onSubmit, formKey } = useKeptForm<FormState>(action, null);
  return (
    <form key={formKey} onSubmit={onSubmit} aria-label={label} className={className}>
      {children}
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
