"use client";
// A form driven by a server action: shows the action's answer (success or a Chinese error)
// and disables its button while the action runs. The fields are the children.
import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/app/_lib/action-result";
import { FormMessage } from "@/components/ui/FormMessage";

export interface ActionFormProps {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** the form's accessible name */
  label: string;
  submit: string;
  className?: string;
  children: ReactNode;
}

export function ActionForm({ action, label, submit, className, children }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={label} className={className}>
      {children}
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
