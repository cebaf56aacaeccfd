// A form's answer from its server action, in regions that exist before the answer arrives.
import type { FormState } from "@/app/_lib/action-result";

export function FormMessage({ state }: { state: FormState }) {
  return (
    <>
      <div role="status" aria-live="polite" className="notice-region">
        {state?.ok && state.message && <p className="notice notice-success">{state.message}</p>}
      </div>
      <div role="alert" className="notice-region">
        {state && !state.ok && <p className="notice notice-error">{state.message}</p>}
      </div>
    </>
  );
}

export function fieldError(state: FormState, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;
}
