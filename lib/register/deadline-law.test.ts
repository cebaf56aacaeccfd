import { describe, expect, it } from "vitest";
import { dueMarks, feePaymentDue, requestDeadline, type TimelineEvent } from "@/lib/register/deadline";

const due = (receivedOn: string, events: TimelineEvent[] = []) => requestDeadline({ receivedOn, events });
const REASON = "申请数量明显超过合理范围，申请人说明的理由合理";

describe("延迟答复 (条例第三十五条)", () => {
  // Received Monday 2025-03-03: the 20 working days end 2025-03-31.
  it("makes the period told to the applicant the due date, and keeps the statutory period explained", () => {
    const result = due("2025-03-03", [{ kind: "delayed_reply", date: "2025-03-20", untilOn: "2025-05-30", note: REASON }]);
    expect(result).toMatchObject({ dueOn: "2025-05-30", state: "open", problems: [], delayedReply: { toldOn: "2025-03-20", untilOn: "2025-05-30", reason: REASON } });
    expect(result.deadline?.due).toBe("2025-03-31");
    // Not 已逾期 on the old date.
    expect(dueMarks({ closedOn: null, dueOn: result.dueOn }, "2025-04-15", "2025-04-22")).toEqual({ overdue: false, dueSoon: false, answeredLate: false });
    // Answered after the old date but within the told period: not late.
    const answered = due("2025-03-03", [
      { kind: "delayed_reply", date: "2025-03-20", untilOn: "2025-05-30", note: REASON },
      { kind: "answered", date: "2025-05-20", outcome: "granted" },
    ]);
    expect(answered).toMatchObject({ state: "closed", dueOn: "2025-05-30", answeredLate: false });
  });

  it("refuses a period before the current due date, a missing reason or date, a second one, and one after the period ran out", () => {
    expect(due("2025-03-03", [{ kind: "delayed_reply", date: "2025-03-20", untilOn: "2025-03-28", note: REASON }]).problems).toEqual([
      "告知的合理期限 2025-03-28 早于当前的答复期满日 2025-03-31",
    ]);
    expect(due("2025-03-03", [{ kind: "delayed_reply", date: "2025-03-20", untilOn: "2025-05-30" }]).problems).toEqual(["延迟答复须写明理由（条例第三十五条）"]);
    expect(due("2025-03-03", [{ kind: "delayed_reply", date: "2025-03-20", note: REASON }]).problems).toEqual(["延迟答复须写明告知申请人的合理期限（日期）"]);
    expect(due("2025-03-03", [{ kind: "delayed_reply", date: "2025-04-01", untilOn: "2025-05-30", note: REASON }]).problems).toEqual([
      "答复期限已于 2025-03-31 届满，2025-04-01 不能再确定延迟答复",
    ]);
    expect(
      due("2025-03-03", [
        { kind: "delayed_reply", date: "2025-03-20", untilOn: "2025-05-30", note: REASON },
        { kind: "delayed_reply", date: "2025-03-21", untilOn: "2025-06-30", note: REASON },
      ]).problems,
    ).toEqual(["延迟答复的合理期限只能确定一次"]);
  });

  it("takes the period told as it is: a told date equal to the due date is allowed, an extension after it is not", () => {
    const same = due("2025-03-03", [{ kind: "delayed_reply", date: "2025-03-31", untilOn: "2025-03-31", note: REASON }]);
    expect(same).toMatchObject({ dueOn: "2025-03-31", problems: [] });
    expect(due("2025-03-03", [{ kind: "delayed_reply", date: "2025-03-20", untilOn: "2025-05-30", note: REASON }, { kind: "extended", date: "2025-03-21", approvedBy: "王主任" }]).problems).toEqual([
      "已依条例第三十五条确定延迟答复的合理期限，不能再延长答复期限",
    ]);
  });

  it("does not apply to a request received under the 2007 条例 (before 2019-05-15)", () => {
    expect(due("2019-05-14", [{ kind: "delayed_reply", date: "2019-05-20", untilOn: "2019-08-30", note: REASON }]).problems).toEqual([
      "延迟答复（条例第三十五条）只适用于 2019-05-15 以后收到的申请；本申请收到于 2019-05-14",
    ]);
    expect(due("2019-05-15", [{ kind: "delayed_reply", date: "2019-05-20", untilOn: "2019-08-30", note: REASON }]).problems).toEqual([]);
  });
});

describe("收费通知 and 缴费 (国办函〔2020〕109号)", () => {
  it("gives the applicant 20 working days to pay from the notice, 清明 not counted", () => {
    // 03-11 … 04-03 are days 1–18, 04-04 is 清明, 04-07 and 04-08 days 19 and 20.
    expect(feePaymentDue("2025-03-10").due).toBe("2025-04-08");
  });

  it("does not count the days from the notice to the payment", () => {
    const paid = due("2025-03-03", [
      { kind: "fee_notified", date: "2025-03-10" },
      { kind: "fee_paid", date: "2025-03-14" },
    ]);
    // 03-10 … 03-14 are five working days not counted: 2025-03-31 becomes 2025-04-08 (清明 04-04 on the way).
    expect(paid).toMatchObject({ dueOn: "2025-04-08", problems: [], feeNotice: { notifiedOn: "2025-03-10", payBy: "2025-04-08", paidOn: "2025-03-14" }, notes: [] });
    expect(paid.pauses).toEqual([{ from: "2025-03-10", to: "2025-03-14", reason: "自发出收费通知至申请人缴费" }]);
  });

  it("while unpaid, assumes the whole payment window is not counted, and says so", () => {
    const waiting = due("2025-03-03", [{ kind: "fee_notified", date: "2025-03-10" }]);
    // 4 days counted before the notice; from 04-09 on: 04-27 is a make-up Sunday (劳动节), the 20th day is 04-29.
    expect(waiting.dueOn).toBe("2025-04-29");
    expect(waiting.feeNotice).toEqual({ notifiedOn: "2025-03-10", payBy: "2025-04-08", paidOn: null });
    expect(waiting.notes).toEqual(["收费通知已于 2025-03-10 发出，尚未收到缴费：暂按至缴费期满日 2025-04-08 不计入答复期限（国办函〔2020〕109号）；收到缴费后按实际日期重新计算。"]);
  });

  it("closes an unpaid request (（六）2.) with the pause ending on the closing day", () => {
    const closed = due("2025-03-03", [
      { kind: "fee_notified", date: "2025-03-10" },
      { kind: "answered", date: "2025-04-10", outcome: "other_no_fee" },
    ]);
    expect(closed).toMatchObject({ state: "closed", problems: [], answeredLate: false, feeNotice: { paidOn: null } });
    expect(closed.pauses).toEqual([{ from: "2025-03-10", to: "2025-04-10", reason: "自发出收费通知至申请人缴费" }]);
  });

  it("refuses a payment without a notice, a second notice, and a notice before 2021", () => {
    expect(due("2025-03-03", [{ kind: "fee_paid", date: "2025-03-10" }]).problems).toEqual(["尚未发出收费通知，不能记录收到缴费"]);
    expect(
      due("2025-03-03", [
        { kind: "fee_notified", date: "2025-03-10" },
        { kind: "fee_paid", date: "2025-03-11" },
        { kind: "fee_notified", date: "2025-03-12" },
      ]).problems,
    ).toEqual(["每件申请只发出一次收费通知"]);
    expect(due("2020-12-01", [{ kind: "fee_notified", date: "2020-12-31" }]).problems).toEqual(["收费通知（国办函〔2020〕109号）只适用于 2021-01-01 以后"]);
  });
});

describe("逾期答复 and the list's marks", () => {
  it("flags a request closed after its due date, never one closed on it or awaiting 补正", () => {
    expect(due("2025-03-03", [{ kind: "answered", date: "2025-04-01", outcome: "granted" }])).toMatchObject({ dueOn: "2025-03-31", answeredLate: true });
    expect(due("2025-03-03", [{ kind: "answered", date: "2025-03-31", outcome: "granted" }]).answeredLate).toBe(false);
    expect(due("2025-03-03", [{ kind: "correction_requested", date: "2025-03-05" }, { kind: "answered", date: "2025-06-30", outcome: "other_no_correction" }]).answeredLate).toBe(false);
  });

  it("marks open requests as overdue or due soon, and closed ones only as late", () => {
    expect(dueMarks({ closedOn: null, dueOn: "2025-03-31" }, "2025-04-01", "2025-04-08")).toEqual({ overdue: true, dueSoon: false, answeredLate: false });
    expect(dueMarks({ closedOn: null, dueOn: "2025-03-31" }, "2025-03-25", "2025-04-01")).toEqual({ overdue: false, dueSoon: true, answeredLate: false });
    expect(dueMarks({ closedOn: "2025-04-02", dueOn: "2025-03-31" }, "2025-05-01", "2025-05-08")).toEqual({ overdue: false, dueSoon: false, answeredLate: true });
    expect(dueMarks({ closedOn: null, dueOn: null }, "2025-05-01", "2025-05-08")).toEqual({ overdue: false, dueSoon: false, answeredLate: false });
  });
});
