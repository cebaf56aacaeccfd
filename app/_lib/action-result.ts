// What a server action hands back to the page: success with its data, or a failure the UI
// can show as it is (a Chinese message, the error code, field messages, findings). Users
// never see a stack trace; unexpected errors are logged on the server.
import { unstable_rethrow } from "next/navigation";
import { z } from "@/lib/zod";
import { AppError, describeForLog, ERROR_MESSAGES, fromDatabaseError, newErrorId, type ErrorCode } from "@/lib/errors";
import type { Finding } from "@/lib/formats/types";

export interface ActionFailure {
  ok: false;
  code: ErrorCode | "UNEXPECTED";
  message: string;
  fieldErrors?: Record<string, string[]>;
  findings?: Finding[];
  /** the report's version after a partial success (提交审核 saved, then was refused) */
  version?: number;
}

export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

/** State of a form driven by useActionState: null before the first submission. */
export type FormState<Reply extends object = { message?: string }> = ActionResult<Reply> | null;

export function isActionFailure(value: object): value is ActionFailure {
  return "ok" in value && value.ok === false;
}

/** The message of an unexpected error: nothing of the error itself, only the id its log line carries. */
function unexpectedMessage(errorId: string): string {
  return `操作未完成：服务器出现意外错误，请稍后再试（错误编号 ${errorId}）。`;
}

export function failure(code: ErrorCode, message?: string): ActionFailure {
  return { ok: false, code, message: message ?? ERROR_MESSAGES[code] };
}

export function invalidInput(error: z.ZodError): ActionFailure {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flat.fieldErrors)) {
    if (Array.isArray(messages) && messages.length > 0) fieldErrors[field] = messages as string[];
  }
  const first = Object.values(fieldErrors)[0]?.[0] ?? flat.formErrors[0];
  return { ok: false, code: "INVALID_INPUT", message: first ?? ERROR_MESSAGES.INVALID_INPUT, fieldErrors };
}

/** Turns what a data function threw into a failure; Next's redirect/notFound pass through. */
export function toFailure(thrown: unknown): ActionFailure {
  unstable_rethrow(thrown);
  const error = fromDatabaseError(thrown) ?? thrown;
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, findings: error.findings };
  }
  const errorId = newErrorId();
  console.error(`server action failed (${errorId}): ${describeForLog(error)}`);
  return { ok: false, code: "UNEXPECTED", message: unexpectedMessage(errorId) };
}
