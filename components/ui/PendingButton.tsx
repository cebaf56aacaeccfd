"use client";
// The submit button of a plain form: disabled while its form is being sent (with JavaScript;
// without it the browser simply posts the form).
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

export function PendingButton({ className, children }: { className: string; children: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending}>
      {children}
    </button>
  );
}
