// The application's small error vocabulary. Code decides by `code`, never by message text;
// the UI shows ERROR_MESSAGES[code] (or the error's own Chinese message when it is more specific).
import type { Finding } from "@/lib/formats/types";

export type ErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "PASSWORD_CHANGE_REQUIRED"
  | "STALE_VERSION"
  | "REPORT_LOCKED"
  | "REPORT_EXISTS"
  | "BLOCKING_FINDINGS"
  | "INVALID_INPUT"
  | "INVALID_STATE"
  | "THROTTLED"
  | "CONFLICT"
  | "BUSY";

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  NOT_FOUND: "未找到该内容，或您无权查看。",
  FORBIDDEN: "您没有执行此操作的权限。",
  UNAUTHENTICATED: "请先登录。",
  PASSWORD_CHANGE_REQUIRED: "请先在“修改密码”页面设置新密码，再继续操作。",
  STALE_VERSION: "该报告已被其他人修改并保存。为避免覆盖他人的修改，本次保存未生效：请刷新页面，查看最新内容后再修改。",
  REPORT_LOCKED: "该报告当前状态不允许修改（已提交审核或已发布）。",
  REPORT_EXISTS: "该单位该年度的报告已存在。",
  BLOCKING_FINDINGS: "报告存在错误或空白单元格，不能提交审核。",
  INVALID_INPUT: "输入内容不符合要求。",
  INVALID_STATE: "报告当前状态不允许此操作。",
  THROTTLED: "登录失败次数过多，请稍后再试。",
  CONFLICT: "同一内容正在被另一操作写入，本次操作未生效，请稍后重试。",
  BUSY: "数据库繁忙，操作未能在时限内完成，未写入任何内容，请稍后重试。",
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly findings?: Finding[],
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * The database errors a person can act on, as the application's own: the request raced
 * another (a unique key taken meanwhile, a write conflict), waited too long, or its row is
 * gone. Decided by Prisma's stable error code (https://www.prisma.io/docs/orm/reference/error-reference),
 * never by message text. Anything else is unexpected: null.
 */
export function fromDatabaseError(error: unknown): AppError | null {
  if (!(error instanceof Error) || error instanceof AppError) return null;
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case "P2002": // unique constraint failed
    case "P2034": // write conflict or deadlock
      return new AppError("CONFLICT");
    case "P2024": // timed out waiting for a connection
    case "P2028": // transaction API error (expired, closed)
      return new AppError("BUSY");
    case "P2025": // the record to change no longer exists
      return new AppError("NOT_FOUND");
    default:
      return null;
  }
}

/** A short id that ties what an unexpected error showed a person to the full record in the log. */
export function newErrorId(): string {
  return globalThis.crypto.randomUUID().slice(0, 8);
}

/**
 * What the server log may say about an unexpected error: its kind, code and where it was
 * thrown, never its message, which can quote the input (an applicant's name or contact).
 */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at ")).slice(0, 5);
  return [`${error.name}${typeof code === "string" ? ` ${code}` : ""}`, ...frames].join("\n");
}
