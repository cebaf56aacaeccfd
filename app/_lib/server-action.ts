import "server-only";
// The steps every server action takes before and around its data function: check the session
// again, read the input through its zod schema, and turn what the data function throws into a
// failure the UI can show (Next's redirect and notFound pass through).
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { invalidInput, isActionFailure, toFailure, type ActionFailure, type ActionResult, type FormState } from "@/app/_lib/action-result";
import { actionActor, isFailure } from "@/app/_actions/actor";
import { writeFirst } from "@/lib/database/gate";

async function checkedRun<Schema extends z.ZodType, Result>(
  schema: Schema,
  read: (actor: Actor) => unknown,
  run: (actor: Actor, input: z.output<Schema>) => Promise<Result>,
  access: { whilePasswordChangeRequired?: boolean } = {},
): Promise<Result | ActionFailure> {
  // A server action changes something: its queries go before the readers' (lib/database/gate).
  return writeFirst(() => runChecked(schema, read, run, access));
}

async function runChecked<Schema extends z.ZodType, Result>(
  schema: Schema,
  read: (actor: Actor) => unknown,
  run: (actor: Actor, input: z.output<Schema>) => Promise<Result>,
  access: { whilePasswordChangeRequired?: boolean },
): Promise<Result | ActionFailure> {
  const actor = await actionActor(access);
  if (isFailure(actor)) return actor;
  const parsed = schema.safeParse(read(actor));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    return await run(actor, parsed.data);
  } catch (error) {
    return toFailure(error);
  }
}

export interface FormActionOptions<Schema extends z.ZodType, Reply = string> {
  schema: Schema;
  /** what the schema reads from the form; the form's fields as they are when omitted */
  read?: (formData: FormData, actor: Actor) => unknown;
  /** calls the data function, revalidates, and returns the success message (or redirects) */
  run: (actor: Actor, input: z.output<Schema>) => Promise<Reply>;
  /** the one action a user who must change their password may use: the change itself */
  whilePasswordChangeRequired?: boolean;
}

/** A server action for a form driven by useActionState. */
export function formAction<Schema extends z.ZodType>(options: FormActionOptions<Schema>) {
  return replyFormAction<Schema, { message?: string }>({ ...options, run: async (actor, input) => ({ message: await options.run(actor, input) }) });
}

/** formAction whose success carries more than its message (重置密码's one-time password). */
export function replyFormAction<Schema extends z.ZodType, Reply extends { message?: string }>({
  schema,
  read,
  run,
  whilePasswordChangeRequired,
}: FormActionOptions<Schema, Reply>) {
  return async (_previous: FormState<Reply>, formData: FormData): Promise<FormState<Reply>> => {
    const result = await checkedRun(schema, (actor) => (read ? read(formData, actor) : Object.fromEntries(formData)), run, {
      whilePasswordChangeRequired,
    });
    return isActionFailure(result) ? result : { ok: true, ...result };
  };
}

/** A server action called with a value (the report editor's), answering with its data. */
export function inputAction<Schema extends z.ZodType, T extends object>(
  schema: Schema,
  run: (actor: Actor, input: z.output<Schema>) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => checkedRun(schema, () => input, run);
}
