import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getFormat } from "@/lib/formats";
import { validateCells } from "@/lib/rules";
import { addRequestEvent, createRequest, exportRegisterCsv, getRequest, listRequests, withdrawRequestEvent } from "@/lib/data/register";
import { importRegister } from "@/lib/data/register-import";
import { applyDerivedCells, deriveReportCells, deriveRequestCells, previewDerivedCells } from "@/lib/data/register-derive";
import { createReport, getReportForActor } from "@/lib/data/reports";
import { errorOf, makeCounty } from "@/lib/data/test-factories";
import { checkRegisterRows, registerRows } from "@/lib/register/import";
import { parseCsv } from "@/lib/register/csv";
import { deriveTables } from "@/lib/register/derive";
import { generateRequests, mulberry32 } from "@/lib/register/testing";

const TODAY = "2026-01-20";
const SECRET_NAME = "申请人甲乙丙7f3a";
const SECRET_CONTACT = "13900007f3a";

function request(orgId: string, receivedOn: string, extra: Partial<{ applicantType: string; channel: string; applicantName: string; applicantContact: string }> = {}) {
  return { orgId, channel: extra.channel ?? "online", receivedOn, applicantType: extra.applicantType ?? "natural", subject: "2024年道路维修资金使用情况", ...extra };
}

function rowsOf(csv: string) {
  const sheet = parseCsv(csv);
  if (!sheet.ok) throw new Error(sheet.error);
  const rows = registerRows(sheet.rows);
  if (!rows.ok) throw new Error(rows.error);
  return rows.rows;
}

describe("the register on the database", () => {
  it("withdraws only the event recorded last, restoring the request as it stood, with an audit entry", async () => {
    const { town, staff, otherStaff, reviewer } = await makeCounty();
    const { id } = await createRequest({ actor: staff, input: request(town.id, "2025-01-20", { applicantName: SECRET_NAME }), today: TODAY });
    const extended = await addRequestEvent({ actor: staff, input: { requestId: id, kind: "extended", date: "2025-02-10", approvedBy: "王主任" }, today: TODAY });
    const answered = await addRequestEvent({ actor: staff, input: { requestId: id, kind: "answered", date: "2025-02-12", outcome: "refused_secret" }, today: TODAY });
    expect((await getRequest({ actor: staff, requestId: id, today: TODAY }))?.state).toBe("closed");

    // A page that still shows the extension as the latest event cannot withdraw it.
    expect(await errorOf(withdrawRequestEvent({ actor: staff, requestId: id, eventId: extended.eventId }))).toMatchObject({ code: "STALE_VERSION" });
    expect(await errorOf(withdrawRequestEvent({ actor: otherStaff, requestId: id, eventId: answered.eventId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(withdrawRequestEvent({ actor: reviewer, requestId: id, eventId: answered.eventId }))).toMatchObject({ code: "FORBIDDEN" });

    await expect(withdrawRequestEvent({ actor: staff, requestId: id, eventId: answered.eventId })).resolves.toEqual({ dueOn: "2025-03-21", state: "open" });
    const after = await getRequest({ actor: staff, requestId: id, today: TODAY });
    expect(after).toMatchObject({ state: "open", outcome: null, closedOn: null, dueOn: "2025-03-21" });
    expect(after?.events.map((e) => e.kind)).toEqual(["extended"]);
    const audit = await db().auditLog.findMany({ where: { entity: "request", entityId: id, action: "event-withdrawn:answered" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(SECRET_NAME);
  });

  it("numbers requests per unit and year, and computes the deadline on the seeded calendar", async () => {
    const { town, staff } = await makeCounty();
    const first = await createRequest({ actor: staff, input: request(town.id, "2025-01-20"), today: TODAY });
    const second = await createRequest({ actor: staff, input: request(town.id, "2025-03-03"), today: TODAY });
    const next = await createRequest({ actor: staff, input: request(town.id, "2026-01-05"), today: TODAY });
    expect([first.trackingNumber, second.trackingNumber, next.trackingNumber]).toEqual(["2025-0001", "2025-0002", "2026-0001"]);
    expect(first.dueOn).toBe("2025-02-21");
  });

  it("records a request through 补正, extension and answer, and the year's 表三 has it with I1–I3 clean", async () => {
    const { town, staff } = await makeCounty();
    const { id } = await createRequest({ actor: staff, input: request(town.id, "2025-03-03"), today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "correction_requested", date: "2025-03-05" }, today: TODAY });
    expect((await getRequest({ actor: staff, requestId: id, today: TODAY }))?.state).toBe("awaiting_correction");
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "correction_received", date: "2025-03-10" }, today: TODAY });
    const extended = await addRequestEvent({ actor: staff, input: { requestId: id, kind: "extended", date: "2025-04-01", approvedBy: "王主任" }, today: TODAY });
    // 20 working days from 03-10 end 04-08; 20 more end 05-08 (04-27 a make-up Sunday, 劳动节 05-01..05).
    expect(extended.dueOn).toBe("2025-05-08");
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "fee_charged", date: "2025-04-20", fee: { method: "per_page", quantity: 40 } }, today: TODAY });
    const answered = await addRequestEvent({ actor: staff, input: { requestId: id, kind: "answered", date: "2025-04-30", outcome: "partial" }, today: TODAY });
    expect(answered.state).toBe("closed");
    const detail = await getRequest({ actor: staff, requestId: id, today: TODAY });
    expect(detail).toMatchObject({ closedOn: "2025-04-30", outcome: "partial", extendedDays: 20, feeYuan: 100, state: "closed" });
    expect(detail?.events.map((e) => e.kind)).toEqual(["correction_requested", "correction_received", "extended", "fee_charged", "answered"]);

    const derived = await deriveReportCells({ actor: staff, orgId: town.id, year: 2025 });
    expect(derived.cells["t3.new.natural"]).toBe(1);
    expect(derived.cells["t3.partial.natural"]).toBe(1);
    expect(derived.sources["t3.partial.total"]).toEqual([id]);
    const findings = validateCells({ format: getFormat("gov-2021"), cells: derived.cells }).filter((f) => f.severity === "error");
    expect(findings).toEqual([]);
  });

  it("refuses what the 条例 does not allow, with the reason", async () => {
    const { town, staff } = await makeCounty();
    const { id } = await createRequest({ actor: staff, input: request(town.id, "2025-01-20"), today: TODAY });
    expect(await errorOf(addRequestEvent({ actor: staff, input: { requestId: id, kind: "correction_requested", date: "2025-02-06" }, today: TODAY }))).toEqual({
      code: "INVALID_INPUT",
      message: "告知补正的日期 2025-02-06 晚于收到申请之日起 7 个工作日的期满日 2025-02-05（条例第三十条）",
    });
    expect(await errorOf(addRequestEvent({ actor: staff, input: { requestId: id, kind: "answered", date: "2025-02-06", outcome: "other" }, today: TODAY }))).toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await errorOf(createRequest({ actor: staff, input: request(town.id, "2026-02-01"), today: TODAY }))).toEqual({
      code: "INVALID_INPUT",
      message: "收到日期 2026-02-01 晚于今天 2026-01-20",
    });
  });

  it("keeps other units out (NOT_FOUND) and lets reviewers read their subtree, but not write it (FORBIDDEN), without the applicant's personal data", async () => {
    const { town, staff, otherStaff, reviewer } = await makeCounty();
    const { id } = await createRequest({ actor: staff, input: request(town.id, "2025-06-02", { applicantName: SECRET_NAME, applicantContact: SECRET_CONTACT }), today: TODAY });
    expect(await errorOf(createRequest({ actor: otherStaff, input: request(town.id, "2025-06-02"), today: TODAY }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(addRequestEvent({ actor: otherStaff, input: { requestId: id, kind: "answered", date: "2025-06-10", outcome: "granted" }, today: TODAY }))).toMatchObject({ code: "NOT_FOUND" });
    await expect(getRequest({ actor: otherStaff, requestId: id })).resolves.toBeNull();
    await expect(listRequests({ actor: otherStaff, orgId: town.id })).resolves.toMatchObject({ items: [], total: 0 });
    expect(await errorOf(deriveReportCells({ actor: otherStaff, orgId: town.id, year: 2025 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(exportRegisterCsv({ actor: otherStaff, orgId: town.id }))).toMatchObject({ code: "NOT_FOUND" });

    const seen = await getRequest({ actor: reviewer, requestId: id });
    expect(seen).toMatchObject({ trackingNumber: "2025-0001", applicantName: null, applicantContact: null });
    expect((await getRequest({ actor: staff, requestId: id }))?.applicantName).toBe(SECRET_NAME);
    // The county's reviewer sees the request, so a write is refused as forbidden, not hidden.
    expect(await errorOf(addRequestEvent({ actor: reviewer, input: { requestId: id, kind: "answered", date: "2025-06-10", outcome: "granted" }, today: TODAY }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf(createRequest({ actor: reviewer, input: request(town.id, "2025-06-02"), today: TODAY }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("flags due-soon (≤ 5 working days) and overdue open requests, and filters by them", async () => {
    const { town, staff } = await makeCounty();
    const today = "2025-03-20";
    const overdue = await createRequest({ actor: staff, input: request(town.id, "2025-02-10"), today }); // due 2025-03-10
    const soon = await createRequest({ actor: staff, input: request(town.id, "2025-02-24"), today }); // due 2025-03-24
    const later = await createRequest({ actor: staff, input: request(town.id, "2025-03-18"), today }); // due 2025-04-16
    const list = await listRequests({ actor: staff, orgId: town.id, filters: { status: "open" }, today });
    expect(list.items.map((r) => [r.trackingNumber, r.dueOn, r.overdue, r.dueSoon])).toEqual([
      [overdue.trackingNumber, "2025-03-10", true, false],
      [soon.trackingNumber, "2025-03-24", false, true],
      [later.trackingNumber, "2025-04-16", false, false],
    ]);
    expect((await listRequests({ actor: staff, orgId: town.id, filters: { dueSoon: true }, today })).items.map((r) => r.id)).toEqual([soon.id]);
    expect((await listRequests({ actor: staff, orgId: town.id, filters: { overdue: true }, today })).items.map((r) => r.id)).toEqual([overdue.id]);
  });

  it("imports a spreadsheet all or nothing, reporting bad lines and 编号 already in the register", async () => {
    const { town, staff } = await makeCounty();
    const header = "编号,收到日期,渠道,申请人类型,办结日期,办理结果";
    const bad = rowsOf([header, "X-1,2025-01-06,当面,自然人,2025-01-10,granted", "X-2,2025-01-07,电话,自然人,,"].join("\n"));
    expect(await importRegister({ actor: staff, orgSlug: town.slug, rows: bad, today: TODAY })).toEqual({
      ok: false,
      problems: [{ line: 3, message: "渠道 “电话” 无法识别，应为 当面、邮寄、网络、传真、其他 之一" }],
    });
    expect(await db().infoRequest.count({ where: { orgId: town.id } })).toBe(0);

    const good = rowsOf([header, "X-1,2025-01-06,当面,自然人,2025-01-10,granted", "X-2,2025-12-29,传真,商业企业,,"].join("\n"));
    expect(await importRegister({ actor: staff, orgSlug: town.slug, rows: good, today: TODAY })).toMatchObject({ ok: true, imported: 2, open: 1, closed: 1 });
    const again = rowsOf([header, "X-3,2025-02-06,当面,自然人,,", "X-2,2025-01-07,网络,自然人,,"].join("\n"));
    expect(await importRegister({ actor: staff, orgSlug: town.slug, rows: again, today: TODAY })).toEqual({
      ok: false,
      problems: [{ line: 3, message: "编号“X-2”已在登记簿中" }],
    });
    expect(await db().infoRequest.count({ where: { orgId: town.id } })).toBe(2);
  });

  it("derives in SQL exactly what the pure derivation computes, sources included", async () => {
    const { town, staff } = await makeCounty();
    const generated = generateRequests(mulberry32(42), { count: 400, from: "2019-01-01", to: "2025-12-31", openShare: 0.1 });
    const csv = [
      "编号,收到日期,渠道,申请人类型,办结日期,办理结果",
      ...generated.map((r, i) => [`G-${i}`, r.receivedOn, { in_person: "当面", post: "邮寄", online: "网络", fax: "传真", other: "其他" }[r.channel], { natural: "自然人", business: "商业企业", research: "科研机构", nonprofit: "社会公益组织", legal: "法律服务机构", other: "其他" }[r.applicantType], r.closedOn ?? "", r.outcome ?? ""].join(",")),
    ].join("\n");
    const rows = rowsOf(csv);
    expect(checkRegisterRows(rows, { today: "2026-12-31" }).problems).toEqual([]);
    expect(await importRegister({ actor: staff, orgSlug: town.slug, rows, today: "2026-12-31" })).toMatchObject({ ok: true, imported: 400 });
    const stored = await db().infoRequest.findMany({ where: { orgId: town.id } });
    const requests = stored.map((r) => ({ id: r.id, applicantType: r.applicantType, channel: r.channel, receivedOn: r.receivedOn, closedOn: r.closedOn, outcome: r.outcome, extendedDays: r.extendedDays }));
    for (const year of [2019, 2020, 2021, 2024, 2025]) {
      const format = getFormat(year >= 2021 ? "gov-2021" : "gov-2019");
      const sql = await deriveRequestCells({ actor: staff, orgId: town.id, year });
      const pure = deriveTables(format, year, requests);
      const pureT3 = Object.fromEntries(Object.entries(pure.cells).filter(([k]) => k.startsWith("t3.")));
      expect(sql.cells).toEqual(pureT3);
      for (const [key, ids] of Object.entries(sql.sources)) expect([...ids].sort()).toEqual([...pure.sources[key]].sort());
    }
  });

  it("previews the derived cells against a draft and applies them through saveReport", async () => {
    const { town, staff } = await makeCounty();
    await createRequest({ actor: staff, input: request(town.id, "2025-05-06", { applicantType: "legal" }), today: TODAY });
    const { id: reportId } = await createReport({ actor: staff, orgId: town.id, year: 2025 });
    const preview = await previewDerivedCells({ actor: staff, reportId });
    expect(preview.changes).toContainEqual({ key: "t3.new.legal", before: null, after: 1 });
    expect(preview.changes).toContainEqual({ key: "t4.review.total", before: null, after: 0 });
    expect(preview.changes).toHaveLength(175 + 15);
    const applied = await applyDerivedCells({ actor: staff, reportId, version: preview.version });
    // The register's 34 totals of 表三 and 表四 stay derived: blank in the working copy, computed where shown;
    // the empty section 六 receives the year's fee sentence.
    expect(applied.changes).toBe(190 - 34 + 1);
    expect(applied.sections).toEqual({ other: "2025年，本机关未收取信息处理费。" });
    const report = await getReportForActor({ actor: staff, reportId });
    expect(report?.cells["t3.carried_out.total"]).toBeNull();
    expect(report?.completed["t3.carried_out.total"]).toBe(1);
    expect(report?.cells["t2.license.decisions"]).toBeNull();
    expect(await errorOf(applyDerivedCells({ actor: staff, reportId, version: preview.version }))).toMatchObject({ code: "STALE_VERSION" });
  });

  it("never lets the applicant's name or contact out: not in the export, derive output, audit log, list or errors", async () => {
    const { town, staff, reviewer } = await makeCounty();
    const { id } = await createRequest({ actor: staff, input: request(town.id, "2025-07-01", { applicantName: SECRET_NAME, applicantContact: SECRET_CONTACT }), today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "answered", date: "2025-07-15", outcome: "granted" }, today: TODAY });
    const failures = [
      await errorOf(addRequestEvent({ actor: staff, input: { requestId: id, kind: "extended", date: "2025-07-16", approvedBy: "王" }, today: TODAY })),
      await errorOf(createRequest({ actor: staff, input: { ...request(town.id, "2025-07-01", { applicantName: SECRET_NAME }), channel: "phone" }, today: TODAY })),
    ];
    const outputs = [
      await exportRegisterCsv({ actor: staff, orgId: town.id }),
      JSON.stringify(await deriveReportCells({ actor: staff, orgId: town.id, year: 2025 })),
      JSON.stringify(await db().auditLog.findMany()),
      JSON.stringify(await listRequests({ actor: staff, orgId: town.id })),
      JSON.stringify(await getRequest({ actor: reviewer, requestId: id })),
      JSON.stringify(failures),
    ];
    for (const output of outputs) {
      expect(output).not.toContain(SECRET_NAME);
      expect(output).not.toContain(SECRET_CONTACT);
    }
    expect(outputs[0].split("\r\n")[1]).toBe("2025-0001,2025-07-01,网络,自然人,2025-07-15,（一）予以公开,2025-07-29,,,已办结,");
  });

  it("exports an imported 编号 that looks like a formula behind an apostrophe, so that a spreadsheet shows it as text", async () => {
    const { town, staff } = await makeCounty();
    const header = "编号,收到日期,渠道,申请人类型,办结日期,办理结果";
    const rows = rowsOf([header, '"=HYPERLINK(""http://evil"",""x"")",2025-01-06,当面,自然人,,', "-12,2025-01-07,网络,自然人,,"].join("\n"));
    expect(await importRegister({ actor: staff, orgSlug: town.slug, rows, today: TODAY })).toMatchObject({ ok: true, imported: 2 });
    const lines = (await exportRegisterCsv({ actor: staff, orgId: town.id })).split("\r\n");
    expect(lines.slice(1, 3)).toEqual([
      '"\'=HYPERLINK(""http://evil"",""x"")",2025-01-06,当面,自然人,,,2025-02-08,,,办理中,',
      "'-12,2025-01-07,网络,自然人,,,2025-02-10,,,办理中,",
    ]);
  });

  it("keeps an imported 编号 too large for a sequence (2024-2147483647) as it is, and numbers the next request of that year 2024-0002", async () => {
    const { town, staff } = await makeCounty();
    const header = "编号,收到日期,渠道,申请人类型,办结日期,办理结果";
    const rows = rowsOf([header, "2024-0001,2024-03-01,当面,自然人,,", "2024-2147483647,2024-03-04,当面,自然人,,", "2024-99999999999,2024-03-05,当面,自然人,,"].join("\n"));
    expect(await importRegister({ actor: staff, orgSlug: town.slug, rows, today: TODAY })).toMatchObject({ ok: true, imported: 3 });
    const imported = await db().infoRequest.findMany({ where: { orgId: town.id }, select: { trackingNumber: true, numberYear: true, numberSeq: true }, orderBy: { receivedOn: "asc" } });
    expect(imported).toEqual([
      { trackingNumber: "2024-0001", numberYear: 2024, numberSeq: 1 },
      { trackingNumber: "2024-2147483647", numberYear: null, numberSeq: null },
      { trackingNumber: "2024-99999999999", numberYear: null, numberSeq: null },
    ]);
    const next = await createRequest({ actor: staff, input: request(town.id, "2024-06-03"), today: TODAY });
    expect(next.trackingNumber).toBe("2024-0002");
  });

  it("refuses with a reason, not a database error, when a year's automatic numbers run out at 2024-999999", async () => {
    const { town, staff } = await makeCounty();
    const header = "编号,收到日期,渠道,申请人类型,办结日期,办理结果";
    expect(await importRegister({ actor: staff, orgSlug: town.slug, rows: rowsOf([header, "2024-999999,2024-03-04,当面,自然人,,"].join("\n")), today: TODAY })).toMatchObject({ ok: true });
    expect(await errorOf(createRequest({ actor: staff, input: request(town.id, "2024-06-03"), today: TODAY }))).toMatchObject({
      code: "INVALID_INPUT",
      message: "本单位 2024 年的自动编号已用到 2024-999999，无法再自动编号",
    });
  });
});
