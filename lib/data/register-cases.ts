// 行政复议 / 行政诉讼 cases about the unit's 政府信息公开 work, the source of 表四. The block and
// result are 表四's own keys (lib/register/structure.ts caseShape), so nothing is typed twice.
import type { Actor } from "@/lib/auth/actor";
import { compareDates } from "@/lib/calendar/date";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { orgIdFilter } from "@/lib/permissions";
import { assertCanWriteRegister, registerScope, writeRegisterAudit } from "@/lib/data/register-access";
import { closeReviewCaseSchema, parseInput, reviewCaseSchema, type CloseReviewCaseInput, type ReviewCaseInput } from "@/lib/register/request-input";
import { caseShape } from "@/lib/register/structure";

export interface ReviewCaseView {
  id: string;
  orgId: string;
  caseNumber: string | null;
  block: string;
  blockLabel: string;
  filedOn: string;
  result: string | null;
  resultLabel: string | null;
  closedOn: string | null;
  coDefendantOnly: boolean;
  note: string | null;
}

function view(row: Omit<ReviewCaseView, "blockLabel" | "resultLabel">): ReviewCaseView {
  const shape = caseShape();
  return {
    ...row,
    blockLabel: shape.blocks.find((b) => b.key === row.block)?.label ?? row.block,
    resultLabel: row.result ? shape.resultColumns.find((c) => c.key === row.result)?.label ?? row.result : null,
  };
}

const select = { id: true, orgId: true, caseNumber: true, block: true, filedOn: true, result: true, closedOn: true, coDefendantOnly: true, note: true } as const;

export async function createReviewCase(options: { actor: Actor; input: ReviewCaseInput }): Promise<{ id: string }> {
  const input = parseInput(reviewCaseSchema, options.input);
  const shape = caseShape();
  if (!shape.blocks.some((b) => b.key === input.block)) {
    throw new AppError("INVALID_INPUT", `案件类型应为 ${shape.blocks.map((b) => b.label).join("、")} 之一`);
  }
  await assertCanWriteRegister(options.actor, input.orgId);
  return db().$transaction(async (tx) => {
    const row = await tx.reviewCase.create({
      data: { orgId: input.orgId, caseNumber: input.caseNumber ?? null, block: input.block, filedOn: input.filedOn, coDefendantOnly: input.coDefendantOnly, note: input.note ?? null },
    });
    await writeRegisterAudit(tx, options.actor, [
      { entity: "review_case", entityId: row.id, action: "create", after: { block: row.block, filedOn: row.filedOn, coDefendantOnly: row.coDefendantOnly } },
    ]);
    return { id: row.id };
  });
}

export async function closeReviewCase(options: { actor: Actor; input: CloseReviewCaseInput }): Promise<void> {
  const input = parseInput(closeReviewCaseSchema, options.input);
  const shape = caseShape();
  if (!shape.resultColumns.some((c) => c.key === input.result)) {
    throw new AppError("INVALID_INPUT", `审结结果应为 ${shape.resultColumns.map((c) => c.label).join("、")} 之一`);
  }
  const ids = await registerScope(options.actor);
  const row = await db().reviewCase.findFirst({ where: { id: input.caseId, orgId: orgIdFilter(ids) } });
  if (!row) throw new AppError("NOT_FOUND");
  await assertCanWriteRegister(options.actor, row.orgId);
  if (compareDates(input.closedOn, row.filedOn) < 0) throw new AppError("INVALID_INPUT", `审结日期 ${input.closedOn} 早于立案日期 ${row.filedOn}`);
  await db().$transaction(async (tx) => {
    await tx.reviewCase.update({ where: { id: row.id }, data: { result: input.result, closedOn: input.closedOn } });
    await writeRegisterAudit(tx, options.actor, [
      { entity: "review_case", entityId: row.id, action: "close", before: { result: row.result, closedOn: row.closedOn }, after: { result: input.result, closedOn: input.closedOn } },
    ]);
  });
}

export async function listReviewCases(options: { actor: Actor; orgId?: string; pending?: boolean }): Promise<ReviewCaseView[]> {
  const ids = await registerScope(options.actor);
  const rows = await db().reviewCase.findMany({
    where: {
      AND: [{ orgId: orgIdFilter(ids) }, ...(options.orgId ? [{ orgId: options.orgId }] : [])],
      closedOn: options.pending ? null : undefined,
    },
    select,
    orderBy: [{ filedOn: "desc" }],
  });
  return rows.map(view);
}
