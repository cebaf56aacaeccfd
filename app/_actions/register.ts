"use server";
// Actions on a unit's 依申请公开 register: record a request, add its events, import a
// spreadsheet, and 从登记簿生成 in the report editor. Every action checks the session itself;
// the data functions decide what this actor may do and where (lib/data/register-access.ts).
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { addRequestEvent, createRequest, withdrawRequestEvent } from "@/lib/data/register";
import { importRegister } from "@/lib/data/register-import";
import { applyDerivedCells, previewDerivedCells, type FeeText } from "@/lib/data/register-derive";
import { getReportForActor } from "@/lib/data/reports";
import { getFormat } from "@/lib/formats";
import type { Cells } from "@/lib/formats/types";
import { readSheet, registerFileKind, registerRows, type ImportProblem } from "@/lib/register/import";
import { createRequestSchema, requestEventSchema, withdrawEventSchema } from "@/lib/register/request-input";
import { EVENT_KIND_LABELS, isEventKind } from "@/lib/register/vocabulary";
import { publishReportSchema } from "@/lib/validations/report";
import { failure, toFailure, type ActionFailure, type ActionResult } from "@/app/_lib/action-result";
import { actionActor, isFailure } from "@/app/_actions/actor";
import { formAction, inputAction } from "@/app/_lib/server-action";
import { formField, formFields, recordingUnit } from "@/app/_lib/form-data";
import { fileTooLarge, SPLIT_ADVICE } from "@/lib/uploads/limits";
import { READ_AS_GB18030 } from "@/lib/uploads/text";
import { derivedSourceKind, type DerivedSourceKind } from "@/lib/register/structure";
import { REGISTER_PATH, requestPath } from "@/lib/paths";

/** 登记新申请: the unit's staff record in their own unit; an admin names the unit. */
export const createRequestAction = formAction({
  schema: createRequestSchema,
  read: (formData, actor) => ({
    ...formFields(formData, ["channel", "receivedOn", "applicantType", "applicantName", "applicantContact", "subject", "formWanted"]),
    orgId: recordingUnit(formData, actor),
  }),
  run: async (actor, input) => {
    const { id } = await createRequest({ actor, input });
    revalidatePath(REGISTER_PATH);
    redirect(requestPath(id));
  },
});

/** One event of a request (补正, 征求意见, 延长, 办结, 收费); the kind comes with the form. */
export const addRequestEventAction = formAction({
  schema: requestEventSchema,
  read: (formData) => {
    const fields = formFields(formData, ["requestId", "kind", "date", "note", "approvedBy", "days", "outcome", "untilOn"]);
    return {
      ...fields,
      fee:
        fields.kind === "fee_charged" || fields.kind === "fee_notified"
          ? { method: formField(formData, "feeMethod"), quantity: formField(formData, "feeQuantity") }
          : undefined,
    };
  },
  run: async (actor, input) => {
    const { dueOn } = await addRequestEvent({ actor, input });
    revalidatePath(requestPath(input.requestId));
    revalidatePath(REGISTER_PATH);
    const label = isEventKind(input.kind) ? EVENT_KIND_LABELS[input.kind] : input.kind;
    const due = input.kind === "answered" || input.kind === "fee_charged" || !dueOn ? "" : `，答复期满日现为 ${dueOn}`;
    return `已记录“${label}”（${input.date}）${due}。`;
  },
});

export type ImportState = ({ ok: true; message: string; imported: number } | (ActionFailure & { problems?: ImportProblem[] })) | null;

/** 导入登记簿: every row or none; each row it cannot read comes back with its line number. */
export async function importRegisterAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const file = formData.get("file");
  const orgSlug = formField(formData, "org");
  if (!orgSlug) return failure("INVALID_INPUT", "请选择单位。");
  if (!(file instanceof File) || file.size === 0) return failure("INVALID_INPUT", "请选择要导入的 CSV 或 XLSX 文件。");
  const kind = registerFileKind(file.name);
  if (!kind) return failure("INVALID_INPUT", `“${file.name}”不是 .csv 或 .xlsx 文件。`);
  const tooLarge = fileTooLarge(file.size);
  if (tooLarge) return failure("INVALID_INPUT", `${tooLarge}：${SPLIT_ADVICE}。`);
  try {
    const sheet = await readSheet(kind, new Uint8Array(await file.arrayBuffer()));
    if (!sheet.ok) return failure("INVALID_INPUT", `无法读取文件：${sheet.error}。`);
    const rows = registerRows(sheet.rows);
    if (!rows.ok) return failure("INVALID_INPUT", `无法读取文件：${rows.error}。`);
    const result = await importRegister({ actor, orgSlug, rows: rows.rows });
    if (!result.ok) {
      return {
        ...failure("INVALID_INPUT", `有 ${result.problems.length} 处问题，未导入任何记录。请改正文件后重新上传整个文件。`),
        problems: result.problems,
      };
    }
    revalidatePath(REGISTER_PATH);
    return {
      ok: true,
      imported: result.imported,
      message: `${sheet.encoding === "gb18030" ? `${READ_AS_GB18030}。` : ""}已向“${result.orgName}”的登记簿导入 ${result.imported} 件申请（办理中 ${result.open} 件，已办结 ${result.closed} 件）。`,
    };
  } catch (error) {
    return toFailure(error);
  }
}

export interface DerivedChange {
  key: string;
  before: number | null;
  after: number | null;
  source: DerivedSourceKind;
  /** how many requests, cases or channels stand behind the derived number */
  sources: number;
}

export interface DerivedPreviewView {
  version: number;
  year: number;
  orgSlug: string;
  changes: DerivedChange[];
  /** requests or cases whose type, outcome or result has no cell in the report's format */
  unmapped: number;
  /** the year's 信息处理费 as a sentence for the fee section (2021: 六) */
  feeText: FeeText | null;
}

const previewSchema = publishReportSchema.pick({ reportId: true });

/** 从登记簿生成, step one: the cells the register would change, without personal data. */
export const previewDerivedAction = inputAction(previewSchema, async (actor, input): Promise<ActionResult<{ preview: DerivedPreviewView }>> => {
  const preview = await previewDerivedCells({ actor, reportId: input.reportId });
  const format = getFormat(preview.format);
  return {
    ok: true,
    preview: {
      version: preview.version,
      year: preview.year,
      orgSlug: preview.derived.orgSlug,
      unmapped: preview.derived.unmapped.length,
      feeText: preview.feeText,
      changes: preview.changes.map((change) => ({
        ...change,
        source: derivedSourceKind(format, change.key),
        sources: preview.derived.sources[change.key]?.length ?? 0,
      })),
    },
  };
});

/** 从登记簿生成, step two: writes the derived cells on the version the editor holds; returns the stored cells. */
export const applyDerivedAction = inputAction(
  publishReportSchema,
  async (actor, input): Promise<ActionResult<{ version: number; changes: number; cells: Cells; sections: Record<string, string> }>> => {
    const { changes, sections } = await applyDerivedCells({ actor, ...input });
    const report = await getReportForActor({ actor, reportId: input.reportId });
    if (!report) return failure("NOT_FOUND");
    return { ok: true, version: report.version, changes, cells: report.cells, sections };
  },
);

/** 撤销: removes the event recorded last, e.g. one entered with a wrong date or outcome. */
export const withdrawRequestEventAction = formAction({
  schema: withdrawEventSchema,
  run: async (actor, input) => {
    await withdrawRequestEvent({ actor, ...input });
    revalidatePath(requestPath(input.requestId));
    revalidatePath(REGISTER_PATH);
    return "已撤销最近记录的办理环节，期限已重新计算。";
  },
});
