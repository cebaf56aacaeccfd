"use server";
// 导入报告: a published report's file (text, a web page, a Word file) read for a unit and shown
// before anything is saved; then saved as the unit's draft of that year, or brought in as a
// report published in its year (往年报告). No state is kept between the two steps: the
// confirmation sends the same file and choices again, and they are read again here; a
// fingerprint of what was shown makes sure it is still the same file.
import { createHash } from "node:crypto";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { getOrgBySlug } from "@/lib/data/orgs";
import { findOwnReport, importHistoricalReport, importReport, SOURCE_NAME_MAX, type ReportSummary } from "@/lib/data/reports";
import { isFormatId } from "@/lib/formats";
import { parseReportYear, REPORT_YEAR_MESSAGE } from "@/lib/formats/report-year";
import { parseReport, type ReadHint } from "@/lib/parse-text";
import type { ParsedReport, SourceBlock, SourceDocument } from "@/lib/parse-text/types";
import { canEditReportOf, canImportHistoricalReportOf, canSeeOrg, visibleOrgIds } from "@/lib/permissions";
import { publicationDateProblem } from "@/lib/report/publication-date";
import { STATUS_LABELS } from "@/lib/report-status";
import { fileTooLarge, REPORT_LIMITS } from "@/lib/uploads/limits";
import { publicReportPath, workPath } from "@/lib/paths";
import { failure, toFailure, type ActionFailure } from "@/app/_lib/action-result";
import { actionActor, isFailure } from "@/app/_actions/actor";
import { formField } from "@/app/_lib/form-data";

/** What the page shows of a reading, and what each way of saving it would do. */
export interface ReportReading extends Omit<ParsedReport, "source"> {
  fileName: string;
  /** the file and the choices it was read with: the confirmation must send the same */
  fingerprint: string;
  orgSlug: string;
  orgName: string;
  sourceKind: SourceDocument["kind"];
  /** the source's paragraphs and tables, the first SHOWN_BLOCKS of them */
  blocks: SourceBlock[];
  omittedBlocks: number;
  /** 保存为草稿: null when this user may not; otherwise what it does to the unit's report of the year */
  draft: { consequence: string } | null;
  /** 作为往年已发布的报告导入: null when this user may not */
  historical: { consequence: string } | null;
}

export type ReportImportState = { ok: true; reading: ReportReading } | (ActionFailure & { reading?: ReportReading }) | null;

/** A report has a few hundred paragraphs; the page shows no more of a longer file than this. */
const SHOWN_BLOCKS = 3000;

type Intent = "read" | "draft" | "historical";

const intentOf = (value: FormDataEntryValue | null): Intent => (value === "draft" || value === "historical" ? value : "read");

function draftConsequence(existing: ReportSummary | null, year: number): string {
  if (!existing) return `将新建该单位 ${year} 年度的报告，读取的内容保存为草稿。`;
  const state = existing.status === "draft" ? "" : "，报告回到草稿状态";
  const published = existing.latestRevision !== null ? `；已发布的第 ${existing.latestRevision} 版不变，公开页面照旧` : "";
  return `该单位 ${year} 年度已有报告（${STATUS_LABELS[existing.status]}）：保存后其工作稿的全部单元格和文字被读取的内容替换${state}${published}。`;
}

function historicalConsequence(existing: ReportSummary | null, year: number): string {
  if (!existing) return `将新建该单位 ${year} 年度的报告，并按原样发布为第 1 版，公开页面显示原发布日期和检查发现的问题。`;
  if (existing.latestRevision === null) {
    return `该单位 ${year} 年度已有报告（${STATUS_LABELS[existing.status]}，尚未发布）：其工作稿被读取的内容替换，并按原样发布为第 1 版。`;
  }
  return `该单位 ${year} 年度的报告已发布第 ${existing.latestRevision} 版：将按原样发布为新的第 ${existing.latestRevision + 1} 版（原有各版保留，公开页面显示新版），工作稿也被替换。`;
}

interface Choices {
  file: File;
  orgSlug: string;
  hint: ReadHint;
}

function readChoices(formData: FormData): Choices | ActionFailure {
  const orgSlug = formField(formData, "org");
  if (!orgSlug) return failure("INVALID_INPUT", "请选择单位。");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return failure("INVALID_INPUT", file instanceof File && file.name ? `“${file.name}”是空文件。` : "请选择报告文件（.txt、.html、.htm 或 .docx）。");
  }
  const tooLarge = fileTooLarge(file.size, REPORT_LIMITS.fileBytes);
  if (tooLarge) return failure("INVALID_INPUT", `无法读取“${file.name}”：${tooLarge}，不是一份年度报告。`);
  const hint: ReadHint = {};
  const yearText = formField(formData, "year");
  if (yearText !== undefined) {
    const year = parseReportYear(yearText);
    if (year === null) return { ...failure("INVALID_INPUT", `报告年度：${REPORT_YEAR_MESSAGE}。`), fieldErrors: { year: [REPORT_YEAR_MESSAGE] } };
    hint.year = year;
  }
  const format = formField(formData, "format");
  if (format !== undefined) {
    if (!isFormatId(format)) return failure("INVALID_INPUT", "未知的报告格式。");
    hint.format = format;
  }
  return { file, orgSlug, hint };
}

async function readFile(actor: Actor, choices: Choices): Promise<ReportReading | ActionFailure> {
  const { file, orgSlug, hint } = choices;
  const org = await getOrgBySlug({ slug: orgSlug });
  const ids = await visibleOrgIds(actor);
  if (!org || !canSeeOrg(ids, org.id)) return failure("NOT_FOUND", `单位“${orgSlug}”不存在。`);
  const mayDraft = canEditReportOf(actor, org.id);
  const mayPublish = canImportHistoricalReportOf(actor, ids, org.id);
  if (!mayDraft && !mayPublish) return failure("FORBIDDEN", `不能为“${org.name}”导入报告。`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = parseReport(bytes, file.name, hint);
  if (!result.ok) return failure("INVALID_INPUT", `无法读取“${file.name}”：${result.error}。`);
  const { report } = result;
  const existing = await findOwnReport({ actor, orgSlug, year: report.year });
  const fingerprint = createHash("sha256")
    .update(bytes)
    .update(`\u0000${file.name}\u0000${orgSlug}\u0000${hint.year ?? ""}\u0000${hint.format ?? ""}`)
    .digest("hex");
  return {
    fileName: file.name,
    fingerprint,
    orgSlug,
    orgName: org.name,
    format: report.format,
    year: report.year,
    organization: report.organization,
    cells: report.cells,
    sections: report.sections,
    findings: report.findings,
    uncertain: report.uncertain,
    sourceKind: report.source.kind,
    blocks: report.source.blocks.slice(0, SHOWN_BLOCKS),
    omittedBlocks: Math.max(0, report.source.blocks.length - SHOWN_BLOCKS),
    draft: mayDraft ? { consequence: draftConsequence(existing, report.year) } : null,
    historical: mayPublish ? { consequence: historicalConsequence(existing, report.year) } : null,
  };
}

const isReading = (value: ReportReading | ActionFailure): value is ReportReading => !("ok" in value);

/** 读取, 保存为草稿, 作为往年已发布的报告导入: the button pressed is the form's `intent`. */
export async function importReportFileAction(_previous: ReportImportState, formData: FormData): Promise<ReportImportState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const intent = intentOf(formData.get("intent"));
  let reading: ReportReading;
  try {
    const choices = readChoices(formData);
    if ("ok" in choices) return choices;
    const read = await readFile(actor, choices);
    if (!isReading(read)) return read;
    reading = read;
  } catch (error) {
    return toFailure(error);
  }
  if (intent === "read") return { ok: true, reading };
  const refuse = (message: string, field?: string): ActionFailure & { reading: ReportReading } => ({
    ...failure("INVALID_INPUT", message),
    ...(field ? { fieldErrors: { [field]: [message] } } : {}),
    reading,
  });
  if (formField(formData, "fingerprint") !== reading.fingerprint) {
    return refuse("文件或所选的单位、年度、格式在读取之后有变化：请看过下方重新读取的结果后再确认。");
  }
  const doc = { format: reading.format, year: reading.year, organization: reading.organization || reading.orgName, cells: reading.cells };
  let destination: string;
  try {
    if (intent === "draft") {
      if (!reading.draft) return refuse("不能为该单位保存草稿：审核人员不填写报告。");
      const { reportId } = await importReport({ actor, orgSlug: reading.orgSlug, doc, sections: reading.sections });
      revalidatePath("/dashboard");
      destination = workPath(reportId);
    } else {
      if (!reading.historical) return refuse("只有管理员或负责该单位的审核人员可以导入往年已发布的报告。");
      const publishedOn = formField(formData, "publishedOn");
      if (!publishedOn) return refuse("请填写原报告的发布日期。", "publishedOn");
      const dateProblem = publicationDateProblem(publishedOn, reading.year);
      if (dateProblem) return refuse(`${dateProblem}。`, "publishedOn");
      const sourceName = (formField(formData, "sourceName") ?? reading.fileName).trim();
      if ([...sourceName].length > SOURCE_NAME_MAX) return refuse(`来源名称不能超过 ${SOURCE_NAME_MAX} 个字。`, "sourceName");
      await importHistoricalReport({
        actor,
        orgSlug: reading.orgSlug,
        doc,
        sections: reading.sections,
        findings: reading.findings,
        publishedOn,
        sourceName,
      });
      revalidatePath("/dashboard");
      destination = publicReportPath(reading.orgSlug, reading.year);
    }
  } catch (error) {
    return { ...toFailure(error), reading };
  }
  redirect(destination);
}
