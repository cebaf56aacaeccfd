import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addRequestEvent, createRequest, exportRegisterCsv, getRequest, lateCountsByYear, listRequests } from "@/lib/data/register";
import { applyDerivedCells, previewDerivedCells } from "@/lib/data/register-derive";
import { createReport, getReportForActor, saveReport } from "@/lib/data/reports";
import { errorOf, makeCounty } from "@/lib/data/test-factories";

const TODAY = "2026-01-20";
const REASON = "申请数量明显超过合理范围，申请人说明的理由合理";

function request(orgId: string, receivedOn: string, extra: Partial<{ applicantType: string; applicantName: string }> = {}) {
  return { orgId, channel: "online", receivedOn, applicantType: "natural", subject: "2024年道路维修资金使用情况", ...extra };
}

describe("延迟答复, the fee procedure and late answers on the database", () => {
  it("makes the period told under 条例第三十五条 the due date: not overdue on the old date", async () => {
    const { town, staff } = await makeCounty();
    const { id, dueOn } = await createRequest({ actor: staff, input: request(town.id, "2025-03-03"), today: TODAY });
    expect(dueOn).toBe("2025-03-31");
    expect(await errorOf(addRequestEvent({ actor: staff, input: { requestId: id, kind: "delayed_reply", date: "2025-03-20", untilOn: "2025-03-28", note: REASON }, today: TODAY }))).toEqual({
      code: "INVALID_INPUT",
      message: "告知的合理期限 2025-03-28 早于当前的答复期满日 2025-03-31",
    });
    const delayed = await addRequestEvent({ actor: staff, input: { requestId: id, kind: "delayed_reply", date: "2025-03-20", untilOn: "2025-05-30", note: REASON }, today: TODAY });
    expect(delayed.dueOn).toBe("2025-05-30");
    const detail = await getRequest({ actor: staff, requestId: id, today: "2025-04-15" });
    expect(detail).toMatchObject({ dueOn: "2025-05-30", overdue: false, delayedReply: { toldOn: "2025-03-20", untilOn: "2025-05-30", reason: REASON } });
    expect(detail?.events.at(-1)).toMatchObject({ kind: "delayed_reply", untilOn: "2025-05-30", note: REASON });
    const overdue = await listRequests({ actor: staff, orgId: town.id, filters: { overdue: true }, today: "2025-04-15" });
    expect(overdue.items.map((r) => r.id)).not.toContain(id);
  });

  it("counts the same applicant's earlier applications of the month from the register, and receives the fee after the notice", async () => {
    const { town, staff, reviewer } = await makeCounty();
    const name = "申请人王某";
    // Ten earlier applications in March by the same name and type, one in February, one by another person, one as a company.
    for (let day = 1; day <= 10; day++) await createRequest({ actor: staff, input: request(town.id, `2025-03-${String(day).padStart(2, "0")}`, { applicantName: name }), today: TODAY });
    await createRequest({ actor: staff, input: request(town.id, "2025-02-27", { applicantName: name }), today: TODAY });
    await createRequest({ actor: staff, input: request(town.id, "2025-03-05", { applicantName: "申请人李某" }), today: TODAY });
    await createRequest({ actor: staff, input: request(town.id, "2025-03-05", { applicantName: name, applicantType: "business" }), today: TODAY });
    const { id } = await createRequest({ actor: staff, input: request(town.id, "2025-03-11", { applicantName: name }), today: TODAY });

    const detail = await getRequest({ actor: staff, requestId: id, today: TODAY });
    expect(detail?.earlierThisMonth).toMatchObject({ count: 10, basis: "name_and_type" });
    expect(detail?.earlierThisMonth?.trackingNumbers).toHaveLength(10);
    expect((await getRequest({ actor: reviewer, requestId: id, today: TODAY }))?.earlierThisMonth).toBeNull();

    // The 11th application of the month costs 100 yuan (国办函〔2020〕109号第四条).
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "fee_notified", date: "2025-03-12", fee: { method: "per_item", quantity: 1 } }, today: TODAY });
    let row = await db().infoRequest.findUniqueOrThrow({ where: { id } });
    expect(row.feeYuan).toBeNull();
    const notified = await getRequest({ actor: staff, requestId: id, today: TODAY });
    expect(notified?.feeNotice).toEqual({ notifiedOn: "2025-03-12", payBy: "2025-04-10", paidOn: null });
    expect(notified?.events.at(-1)).toMatchObject({ kind: "fee_notified", feeYuan: 100 });
    expect(notified?.events.at(-1)?.note).toContain("本月此前已累计 10 件");

    const paid = await addRequestEvent({ actor: staff, input: { requestId: id, kind: "fee_paid", date: "2025-03-14" }, today: TODAY });
    // 03-12 … 03-14 not counted: 20 working days from 03-11 end 04-09 without them, 04-14 with them (清明 04-04).
    expect(paid.dueOn).toBe("2025-04-14");
    row = await db().infoRequest.findUniqueOrThrow({ where: { id } });
    expect(row.feeYuan?.toNumber()).toBe(100);

    // With identity numbers on both, a different number is another applicant even under the same name.
    await db().infoRequest.updateMany({ where: { orgId: town.id, receivedOn: "2025-03-01" }, data: { applicantIdNumber: "110105194912310037" } });
    await db().infoRequest.update({ where: { id }, data: { applicantIdNumber: "11010519491231002X" } });
    expect((await getRequest({ actor: staff, requestId: id, today: TODAY }))?.earlierThisMonth).toMatchObject({ count: 9, basis: "id_number" });
  });

  it("flags requests answered after their due date in the list and the CSV, and counts them per year", async () => {
    const { town, staff } = await makeCounty();
    const late = await createRequest({ actor: staff, input: request(town.id, "2025-03-03"), today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: late.id, kind: "answered", date: "2025-04-02", outcome: "granted" }, today: TODAY });
    const onTime = await createRequest({ actor: staff, input: request(town.id, "2025-03-04"), today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: onTime.id, kind: "answered", date: "2025-03-20", outcome: "granted" }, today: TODAY });
    const open = await createRequest({ actor: staff, input: request(town.id, "2025-11-03"), today: TODAY });
    await createRequest({ actor: staff, input: request(town.id, "2024-06-03"), today: TODAY });

    const list = await listRequests({ actor: staff, orgId: town.id, today: TODAY });
    expect(Object.fromEntries(list.items.map((r) => [r.id, r.answeredLate]))).toMatchObject({ [late.id]: true, [onTime.id]: false, [open.id]: false });
    const lateOnly = await listRequests({ actor: staff, orgId: town.id, filters: { answeredLate: true }, today: TODAY });
    expect(lateOnly.items.map((r) => r.id)).toEqual([late.id]);
    expect(await lateCountsByYear({ actor: staff, orgId: town.id, today: TODAY })).toEqual([
      { year: 2025, received: 3, answeredLate: 1, openOverdue: 1 },
      { year: 2024, received: 1, answeredLate: 0, openOverdue: 1 },
    ]);
    const csv = await exportRegisterCsv({ actor: staff, orgId: town.id, year: 2025 });
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0].endsWith(",逾期答复")).toBe(true);
    expect(lines[1].endsWith(",已办结,是")).toBe(true);
    expect(lines[2].endsWith(",已办结,")).toBe(true);
  });

  it("writes the year's fees into an empty section 六, and only offers them beside typed text", async () => {
    const { town, staff } = await makeCounty();
    const { id } = await createRequest({ actor: staff, input: request(town.id, "2025-03-03"), today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "fee_notified", date: "2025-03-05", fee: { method: "per_page", quantity: 40 } }, today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "fee_paid", date: "2025-03-07" }, today: TODAY });
    // An older record made at once keeps counting as a fee received.
    const older = await createRequest({ actor: staff, input: request(town.id, "2025-06-02"), today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: older.id, kind: "fee_charged", date: "2025-06-10", fee: { method: "per_page", quantity: 101 } }, today: TODAY });
    // A fee received in another year does not count.
    const next = await createRequest({ actor: staff, input: request(town.id, "2026-01-05"), today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: next.id, kind: "fee_charged", date: "2026-01-06", fee: { method: "per_page", quantity: 40 } }, today: TODAY });

    const sentence = "2025年，本机关依据《政府信息公开信息处理费管理办法》收取信息处理费2件，合计820元。";
    const { id: reportId } = await createReport({ actor: staff, orgId: town.id, year: 2025 });
    const preview = await previewDerivedCells({ actor: staff, reportId });
    expect(preview.feeText).toEqual({ section: "other", heading: "六、其他需要报告的事项", sentence, placement: "fill" });
    await applyDerivedCells({ actor: staff, reportId, version: preview.version });
    expect((await getReportForActor({ actor: staff, reportId }))?.sections.other).toBe(sentence);
    expect((await previewDerivedCells({ actor: staff, reportId })).feeText?.placement).toBe("present");

    const typed = "本年度无其他需要报告的事项。";
    const report = await getReportForActor({ actor: staff, reportId });
    await saveReport({ actor: staff, reportId, version: report!.version, cells: {}, sections: { other: typed } });
    const again = await previewDerivedCells({ actor: staff, reportId });
    expect(again.feeText?.placement).toBe("beside");
    const applied = await applyDerivedCells({ actor: staff, reportId, version: again.version });
    expect(applied.sections).toEqual({});
    expect((await getReportForActor({ actor: staff, reportId }))?.sections.other).toBe(typed);
  });
});
