// Data functions read their input through the same schemas as the forms, so that the command
// line and the browser are refused with the same words.
import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** The first problem of a failed parse, as one line. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.message : "输入内容不符合要求。";
}

/** The input as its schema reads it; refused (INVALID_INPUT) with the first issue's message. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", firstIssue(parsed.error));
  return parsed.data;
}
