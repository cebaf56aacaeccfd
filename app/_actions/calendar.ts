"use server";
// The admin's holiday calendar: add a notice (the form, or a holiday-cn file), then activate
// it after its preview. Only admins pass: the data functions check it again.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { activateNotice, addNotice } from "@/lib/data/calendar";
import { holidayCnInputSchema, noticeFormSchema, type NoticeInput } from "@/lib/register/notice-input";
import { failure, toFailure, type ActionFailure } from "@/app/_lib/action-result";
import { actionActor, isFailure } from "@/app/_actions/actor";
import { formField, formFields } from "@/app/_lib/form-data";
import { CALENDAR_PATH, noticePath } from "@/lib/paths";
import { FIELD_LABELS, makeupDates } from "@/lib/register/notice-fields";
import { fileTooLarge, UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { decodeText } from "@/lib/uploads/text";

export type NoticeFormState = ({ ok: true; message: string } | (ActionFailure & { errors?: string[] })) | null;

/** "第 2 个节日的放假开始日期：…" instead of "festivals.1.from：…". */
function readableIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [first, index, name] = issue.path;
    if (first === "festivals" && typeof index === "number") {
      const what = typeof name === "string" ? FIELD_LABELS[name] ?? name : "";
      return `第 ${index + 1} 个节日${what ? `的${what}` : ""}：${issue.message}`;
    }
    if (first === "festivals") return issue.message;
    return typeof first === "string" ? `${FIELD_LABELS[first] ?? first}：${issue.message}` : issue.message;
  });
}

function refused(errors: string[]): NoticeFormState {
  return { ...failure("INVALID_INPUT", `通知未保存：${errors.length === 1 ? errors[0] : `有 ${errors.length} 处问题，见下方列表。`}`), errors };
}

function meta(formData: FormData) {
  return formFields(formData, ["kind", "title", "docNo", "issuedOn", "sourceUrl"]);
}

/** Saves the notice as a draft and opens it for its preview; what the checks refuse comes back. */
async function addAndPreview(actor: Actor, input: NoticeInput): Promise<NoticeFormState> {
  let id: string;
  try {
    const added = await addNotice({ actor, input });
    if (!added.ok) return refused(added.errors);
    id = added.id;
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath(CALENDAR_PATH);
  redirect(noticePath(id));
}

/** 按表单录入: one row per festival (name, rest from–to, make-up days). Rows left blank are ignored. */
export async function addNoticeFormAction(_previous: NoticeFormState, formData: FormData): Promise<NoticeFormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const names = formData.getAll("festival").map(String);
  const froms = formData.getAll("from").map(String);
  const tos = formData.getAll("to").map(String);
  const makeups = formData.getAll("makeup").map(String);
  const festivals = names
    .map((festival, i) => ({ festival: festival.trim(), from: froms[i] ?? "", to: tos[i] ?? "", makeup: makeups[i] ?? "" }))
    .filter((row) => row.festival || row.from || row.to || row.makeup.trim())
    .map(({ makeup, ...row }) => ({ ...row, makeupWorkdays: makeupDates(makeup) }));
  const form = { ...meta(formData), year: formField(formData, "year"), festivals };
  const parsed = noticeFormSchema.safeParse(form);
  if (!parsed.success) return refused(readableIssues(parsed.error));
  return addAndPreview(actor, { source: "form", form: parsed.data });
}

/** 上传 holiday-cn 文件: the file has no 文号 and no date, so the form supplies them. */
export async function addNoticeFileAction(_previous: NoticeFormState, formData: FormData): Promise<NoticeFormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return failure("INVALID_INPUT", "请选择 holiday-cn 格式的 JSON 文件。");
  const tooLarge = fileTooLarge(file.size, UPLOAD_LIMITS.noticeFileBytes);
  if (tooLarge) return failure("INVALID_INPUT", `${tooLarge}：一年的 holiday-cn 文件通常只有几 KB。`);
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return failure("INVALID_INPUT", `无法读取文件：${decoded.error}。`);
  const parsed = holidayCnInputSchema.safeParse({ ...meta(formData), text: decoded.text });
  if (!parsed.success) return refused(readableIssues(parsed.error));
  return addAndPreview(actor, { source: "holiday-cn", input: parsed.data });
}

/** 生效: a new calendar version; the open deadlines it moves are recomputed. */
export async function activateNoticeAction(_previous: NoticeFormState, formData: FormData): Promise<NoticeFormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const noticeId = formField(formData, "noticeId");
  if (!noticeId) return failure("INVALID_INPUT", "缺少通知标识，请刷新页面。");
  let result: { version: number; moved: number };
  try {
    const activated = await activateNotice({ actor, noticeId, acknowledgeWarnings: formData.get("acknowledge") === "on" });
    result = { version: activated.version, moved: activated.deadlines.length };
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath(CALENDAR_PATH);
  redirect(`${noticePath(noticeId)}?${new URLSearchParams({ activated: String(result.moved), version: String(result.version) })}`);
}
