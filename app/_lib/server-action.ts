import "server-only";
// The steps every server action takes before and around its data function: check the session
// again, read the input through its zod schema, and turn what the data function throws into a
// failure the UI can show (Next's redirect and notFound pass through).
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { invalidInput, toFailure, type ActionFailure, type ActionResult, type FormState } from "@/app/_lib/action-result";
import { actionActor, isFailure } from "@/app/_actions/actor";

async function checkedRun<Schema extends z.ZodType, Result>(
  schema: Schema,
  read: (actor: Actor) => unknown,
  run: (actor: Actor, input: z.output<Schema>) => Promise<Result>,
): Promise<Result | ActionFailure> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = schema.safeParse(read(actor));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    return await run(actor, parsed.data);
  } catch (error) {
    return toFailure(error);
  }
}

export interface FormActionOptions<Schema extends z.ZodType> {
  schema: Schema;
  /** what the schema reads from the form; the form's fields as they are when omitted */
  read?: (formData: FormData, actor: Actor) => unknown;
  /** calls the data function, revalidates, and returns the success message (or redirects) */
  run: (actor: Actor, input: z.output<Schema>) => Promise<string>;
}

/** A server action for a form driven by useActionState. */
export function formAction<Schema extends z.ZodType>({ schema, read, run }: FormActionOptions<Schema>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const result = await checkedRun(schema, (actor) => (read ? read(formData, actor) : Object.fromEntries(formData)), run);
    return typeof result === "string" ? { ok: true, message: result } : result;
  };
}

/** A server action called with a value (the report editor's), answering with its data. */
export function inputAction<Schema extends z.ZodType, T extends object>(
  schema: Schema,
  run: (actor: Actor, input: z.output<Schema>) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => checkedRun(schema, () => input, run);
}
