// Loads a unit's spreadsheet register (lib/register/import.ts reads and checks it) in one
// transaction: every row or none. 编号 already in the register are problems with their line.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadCalendar } from "@/lib/data/calendar";
import { holdLock } from "@/lib/data/locks";
import { assertCanWriteRegister, writeRegisterAudit } from "@/lib/data/register-access";
import { trackingParts } from "@/lib/data/register";
import { deadlineOf } from "@/lib/data/register-timeline";
import { checkRegisterRows, type ImportProblem, type RegisterRow } from "@/lib/register/import";
import { todayInChina } from "@/lib/register/today";

export type ImportRegisterResult =
  | { ok: true; imported: number; open: number; closed: number; orgId: string; orgName: string }
  | { ok: false; problems: ImportProblem[] };

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1000;

function takenProblems(requests: readonly { line: number; trackingNumber: string }[], taken: ReadonlySet<string>): ImportProblem[] {
  return requests.filter((r) => taken.has(r.trackingNumber)).map((r) => ({ line: r.line, message: `编号“${r.trackingNumber}”已在登记簿中` }));
}

export async function importRegister(options: { actor: Actor; orgSlug: string; rows: readonly RegisterRow[]; today?: string }): Promise<ImportRegisterResult> {
  const { actor } = options;
  const org = await db().org.findUnique({ where: { slug: options.orgSlug } });
  if (!org) throw new AppError("NOT_FOUND", `单位“${options.orgSlug}”不存在。`);
  await assertCanWriteRegister(actor, org.id);
  const { requests, problems } = checkRegisterRows(options.rows, { today: options.today ?? todayInChina() });
  const numbers = requests.map((r) => r.trackingNumber);
  const taken = new Set(
    (await db().infoRequest.findMany({ where: { orgId: org.id, trackingNumber: { in: numbers } }, select: { trackingNumber: true } })).map((r) => r.trackingNumber),
  );
  problems.push(...takenProblems(requests, taken));
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  if (requests.length === 0) return { ok: false, problems: [{ line: 1, message: "文件中没有任何申请记录" }] };
  const { calendar, version } = await loadCalendar();
  const data = requests.map((request) => {
    const deadline = deadlineOf({ receivedOn: request.receivedOn, events: [] }, calendar);
    return {
      orgId: org.id,
      trackingNumber: request.trackingNumber,
      ...(trackingParts(request.trackingNumber) ?? {}),
      channel: request.channel,
      receivedOn: request.receivedOn,
      applicantType: request.applicantType,
      outcome: request.outcome,
      closedOn: request.closedOn,
      dueOn: deadline.dueOn,
      dueProvisional: deadline.provisional,
      calendarVersion: version,
    };
  });
  return db().$transaction(
    async (tx) => {
      // Another import (or the same file twice at once) may have taken some 编号 since the check above.
      await holdLock(tx, `register-import:${org.id}`);
      const takenMeanwhile = await tx.infoRequest.findMany({ where: { orgId: org.id, trackingNumber: { in: numbers } }, select: { trackingNumber: true } });
      if (takenMeanwhile.length > 0) return { ok: false as const, problems: takenProblems(requests, new Set(takenMeanwhile.map((r) => r.trackingNumber))) };
      for (let i = 0; i < data.length; i += CHUNK) await tx.infoRequest.createMany({ data: data.slice(i, i + CHUNK) });
      const closed = data.filter((d) => d.closedOn !== null).length;
      await writeRegisterAudit(tx, actor, [
        { entity: "register", entityId: org.id, action: "import", after: { count: data.length, closed, trackingNumbers: numbers } },
      ]);
      return { ok: true as const, imported: data.length, open: data.length - closed, closed, orgId: org.id, orgName: org.name };
    },
    { timeout: 120_000 },
  );
}
