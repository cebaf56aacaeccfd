import { describe, expect, it } from "vitest";
import { createCalendar, HOLIDAY_NOTICES } from "@/lib/calendar";
import { requestDeadline, type TimelineEvent } from "@/lib/register/deadline";

const due = (receivedOn: string, events: TimelineEvent[] = []) => requestDeadline({ receivedOn, events });

describe("requestDeadline: the reply period of one request (条例 arts. 30–33)", () => {
  it("is 20 working days after receipt across the 2025 Spring Festival, make-up Sunday and Saturday counted", () => {
    const result = due("2025-01-20");
    expect(result.dueOn).toBe("2025-02-21");
    expect(result.state).toBe("open");
    expect(result.correctionDueOn).toBe("2025-02-05");
    expect(result.problems).toEqual([]);
  });

  it("crosses the year boundary: 2025-01-01 is a holiday", () => {
    expect(due("2024-12-20").dueOn).toBe("2025-01-20");
  });

  it("counts the 国庆 2019 make-up Sunday (09-29) and Saturday (10-12)", () => {
    expect(due("2019-09-27").dueOn).toBe("2019-10-30");
  });

  it("applies the 2020 extension of the Spring Festival: 01-31 and 02-01 are no longer working days", () => {
    expect(due("2020-01-20").dueOn).toBe("2020-02-25");
    const annualOnly = createCalendar(HOLIDAY_NOTICES.filter((n) => n.kind === "annual"));
    expect(requestDeadline({ receivedOn: "2020-01-20", events: [] }, annualOnly).dueOn).toBe("2020-02-21");
  });

  it("is provisional when the period reaches a year without a notice (2027)", () => {
    const result = due("2026-12-10");
    expect(result.dueOn).toBe("2027-01-08");
    expect(result.provisional).toBe(true);
  });

  it("asks 补正 within 7 working days: 2024-02-01 → 2024-02-09 (除夕 is a working day)", () => {
    expect(due("2024-02-01").correctionDueOn).toBe("2024-02-09");
  });

  it("has no running deadline while the 补正 is awaited, and restarts 20 days from its receipt", () => {
    const waiting = due("2025-03-03", [{ kind: "correction_requested", date: "2025-03-05" }]);
    expect(waiting).toMatchObject({ state: "awaiting_correction", dueOn: null, problems: [] });
    const restarted = due("2025-03-03", [
      { kind: "correction_requested", date: "2025-03-05" },
      { kind: "correction_received", date: "2025-03-10" },
    ]);
    // 03-11 … 04-03 are days 1–18, 04-04 is 清明, 04-07 and 04-08 are days 19 and 20.
    expect(restarted.dueOn).toBe("2025-04-08");
    expect(restarted.deadline?.days[0]).toMatchObject({ date: "2025-03-10", counted: false, reason: "收到补正当日不计入" });
  });

  it("refuses a 补正 asked after the 7 working days, and a second one", () => {
    expect(due("2025-01-20", [{ kind: "correction_requested", date: "2025-02-06" }]).problems).toEqual([
      "告知补正的日期 2025-02-06 晚于收到申请之日起 7 个工作日的期满日 2025-02-05（条例第三十条）",
    ]);
    expect(
      due("2025-03-03", [
        { kind: "correction_requested", date: "2025-03-04" },
        { kind: "correction_received", date: "2025-03-05" },
        { kind: "correction_requested", date: "2025-03-06" },
      ]).problems,
    ).toEqual(["补正只能告知一次（条例第三十条：一次性告知申请人作出补正）"]);
  });

  it("does not count the working days of a consultation (03-10 to 03-14 add five days)", () => {
    expect(due("2025-03-03").dueOn).toBe("2025-03-31");
    const paused = due("2025-03-03", [
      { kind: "consultation_started", date: "2025-03-10" },
      { kind: "consultation_ended", date: "2025-03-14" },
    ]);
    expect(paused.dueOn).toBe("2025-04-08");
    expect(paused.pauses).toEqual([{ from: "2025-03-10", to: "2025-03-14", reason: "征求第三方或其他机关意见" }]);
  });

  it("assumes an open consultation lasts the third party's 15 working days, and says so", () => {
    const open = due("2025-03-03", [{ kind: "consultation_started", date: "2025-03-10" }]);
    // 15 working days after 03-10 is 03-31: 03-10 … 03-31 paused (16 working days), so 20 days end on 04-23.
    expect(open.dueOn).toBe("2025-04-23");
    expect(open.notes).toEqual(["征求意见尚未结束：暂按 2025-03-10 起 15 个工作日（条例第三十二条）至 2025-03-31 不计入期限；收到意见后按实际日期重新计算。"]);
  });

  it("extends by 20 working days with the approver's name, before the period ends", () => {
    const extended = due("2025-01-20", [{ kind: "extended", date: "2025-02-10", approvedBy: "王主任" }]);
    expect(extended).toMatchObject({ dueOn: "2025-03-21", extendedDays: 20, approvedBy: "王主任", problems: [] });
  });

  it("refuses an extension without approver, above 20 days, after the due date, or twice", () => {
    expect(due("2025-01-20", [{ kind: "extended", date: "2025-02-10", approvedBy: " " }]).problems).toEqual([
      "延长答复期限须写明批准人（条例第三十三条：经政府信息公开工作机构负责人同意）",
    ]);
    expect(due("2025-01-20", [{ kind: "extended", date: "2025-02-10", approvedBy: "王", days: 21 }]).problems).toEqual([
      "延长的期限应为 1 至 20 个工作日（条例第三十三条）",
    ]);
    expect(due("2025-01-20", [{ kind: "extended", date: "2025-02-24", approvedBy: "王" }]).problems).toEqual([
      "答复期限已于 2025-02-21 届满，2025-02-24 不能再延长",
    ]);
    expect(
      due("2025-01-20", [
        { kind: "extended", date: "2025-02-10", approvedBy: "王", days: 5 },
        { kind: "extended", date: "2025-02-11", approvedBy: "王", days: 5 },
      ]).problems,
    ).toEqual(["答复期限只能延长一次（条例第三十三条：延长的期限最长不得超过20个工作日）"]);
  });

  it("closes with the answer and its outcome; nothing but a fee may follow", () => {
    const answered = due("2025-01-20", [
      { kind: "answered", date: "2025-02-14", outcome: "granted" },
      { kind: "fee_charged", date: "2025-02-14" },
    ]);
    expect(answered).toMatchObject({ state: "closed", closedOn: "2025-02-14", outcome: "granted", dueOn: "2025-02-21", problems: [] });
    expect(due("2025-01-20", [{ kind: "answered", date: "2025-02-14", outcome: "granted" }, { kind: "extended", date: "2025-02-15", approvedBy: "王" }]).problems).toEqual([
      "申请已于 2025-02-14 办结，不能再记录“延长答复期限”",
    ]);
  });

  it("closes a request whose 补正 never came (逾期不补正) without a deadline", () => {
    const closed = due("2025-03-03", [
      { kind: "correction_requested", date: "2025-03-05" },
      { kind: "answered", date: "2025-04-30", outcome: "other_no_correction" },
    ]);
    expect(closed).toMatchObject({ state: "closed", dueOn: null, outcome: "other_no_correction" });
  });

  it("refuses an event dated before the receipt", () => {
    expect(due("2025-03-03", [{ kind: "consultation_started", date: "2025-03-02" }]).problems).toEqual([
      "征求第三方或其他机关意见的日期 2025-03-02 早于收到申请的日期 2025-03-03",
    ]);
  });
});
