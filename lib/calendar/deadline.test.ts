import { describe, expect, it } from "vitest";
import { createCalendar } from "@/lib/calendar/calendar";
import { computeDeadline, consultationDue, correctionDue, type Deadline } from "@/lib/calendar/deadline";
import { lawFor } from "@/lib/calendar/law";
import { HOLIDAY_NOTICES } from "@/lib/calendar/notices";

function day(deadline: Deadline, date: string) {
  const found = deadline.days.find((entry) => entry.date === date);
  if (!found) throw new Error(`${date} is not in the explanation`);
  return found;
}

function countedDates(deadline: Deadline): string[] {
  return deadline.days.filter((entry) => entry.counted).map((entry) => entry.date);
}

describe("the worked examples of holidays.md §4", () => {
  it("2025-01-20 + 20 working days → 2025-02-21, counting make-up 01-26 (Sun) and 02-08 (Sat)", () => {
    const deadline = computeDeadline({ received: "2025-01-20" });
    expect(deadline.due).toBe("2025-02-21");
    expect(deadline.provisional).toBe(false);
    expect(day(deadline, "2025-01-26")).toEqual({
      date: "2025-01-26",
      weekday: "周日",
      counted: true,
      count: 5,
      reason: "调休上班日（春节，国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》）",
    });
    expect(day(deadline, "2025-01-28")).toEqual({
      date: "2025-01-28",
      weekday: "周二",
      counted: false,
      reason: "法定节假日（春节，国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》）",
    });
    expect(day(deadline, "2025-02-08")).toMatchObject({ weekday: "周六", counted: true, count: 10 });
    expect(deadline.days[0]).toEqual({ date: "2025-01-20", weekday: "周一", counted: false, reason: "收到申请当日不计入" });
    expect(deadline.days.at(-1)).toEqual({ date: "2025-02-21", weekday: "周五", counted: true, count: 20, reason: "工作日" });
    expect(deadline.days).toHaveLength(33);
  });

  it("补正: 2024-02-01 + 7 working days → 2024-02-09; 02-04 (Sun) counts and 除夕 02-09 is a working day", () => {
    const deadline = correctionDue("2024-02-01")!;
    expect(deadline.due).toBe("2024-02-09");
    expect(countedDates(deadline)).toEqual(["2024-02-02", "2024-02-04", "2024-02-05", "2024-02-06", "2024-02-07", "2024-02-08", "2024-02-09"]);
    expect(day(deadline, "2024-02-09").reason).toBe("工作日");
  });

  it("2026-12-10 + 20 is provisional: 2027-01-08 with the statutory 1/1, 2027-01-07 on weekends alone", () => {
    const deadline = computeDeadline({ received: "2026-12-10" });
    expect([deadline.due, deadline.provisional, deadline.provisionalYears]).toEqual(["2027-01-08", true, [2027]]);
    expect(day(deadline, "2027-01-01")).toEqual({
      date: "2027-01-01",
      weekday: "周五",
      counted: false,
      reason: "法定节假日（元旦，《全国年节及纪念日放假办法》第二条；暂定：尚无 2027 年放假安排通知）",
      provisional: true,
    });
    const weekendsOnly = createCalendar(HOLIDAY_NOTICES, { provisionalHolidays: () => [] });
    const packagesWouldSay = computeDeadline({ received: "2026-12-10", calendar: weekendsOnly });
    expect([packagesWouldSay.due, packagesWouldSay.provisional]).toEqual(["2027-01-07", true]);
  });
});

describe("the day before each Spring Festival holiday (derived by hand from holidays.md §5)", () => {
  it.each([
    // received, due: the rest span is skipped, make-up weekend days count
    ["2019-02-03", "2019-03-08"], // a make-up Sunday itself; 02-04–02-10 off
    ["2021-02-10", "2021-03-16"], // 02-11–02-17 off; make-up Sat 02-20 is day 3
    ["2023-01-20", "2023-02-22"], // 01-21–01-27 off; make-up 01-28 (Sat) and 01-29 (Sun) are days 1 and 2
    ["2026-02-13", "2026-03-19"], // make-up Sat 02-14 is day 1; 02-15–02-23 off; make-up Sat 02-28 is day 6
  ])("received %s → due %s", (received, due) => {
    // 20 working days whatever the law in force (2019-02-03 was under the 2007 条例): the calendar is tested here.
    expect(computeDeadline({ received, days: 20 }).due).toBe(due);
  });

  it("counts 2023's two make-up days right after the holiday as days 1 and 2", () => {
    const deadline = computeDeadline({ received: "2023-01-20" });
    expect(countedDates(deadline).slice(0, 3)).toEqual(["2023-01-28", "2023-01-29", "2023-01-30"]);
  });
});

describe("the 2020 extension of the Spring Festival", () => {
  it("received 2020-01-23 → 2020-02-28: day 1 is 02-03, and 02-01 no longer counts", () => {
    const deadline = computeDeadline({ received: "2020-01-23" });
    expect(deadline.due).toBe("2020-02-28");
    expect(countedDates(deadline)[0]).toBe("2020-02-03");
    expect(day(deadline, "2020-01-31").reason).toBe("法定节假日（春节，国办发明电〔2020〕1号《国务院办公厅关于延长2020年春节假期的通知》）");
    expect(day(deadline, "2020-02-01")).toMatchObject({ counted: false });
  });

  it("would have been 2020-02-26 under the notice as first issued (01-31 and make-up 02-01 counting)", () => {
    const asFirstIssued = createCalendar(HOLIDAY_NOTICES.filter((notice) => notice.id !== "2020-spring-festival-extension"));
    const deadline = computeDeadline({ received: "2020-01-23", calendar: asFirstIssued });
    expect(deadline.due).toBe("2020-02-26");
    expect(countedDates(deadline).slice(0, 2)).toEqual(["2020-01-31", "2020-02-01"]);
  });
});

describe("国庆 with make-up weekend days", () => {
  it.each([
    ["2024-09-27", "2024-10-30", ["2024-09-29", "2024-10-12"]], // Sun 09-29 is day 1, Sat 10-12 day 7
    ["2025-09-26", "2025-10-30", ["2025-09-28", "2025-10-11"]], // Sun 09-28 is day 1, Sat 10-11 day 6
    ["2022-09-30", "2022-11-02", ["2022-10-08", "2022-10-09"]], // Sat 10-08 and Sun 10-09 are days 1 and 2
  ])("received %s → due %s, counting the make-up days %j", (received, due, makeupDays) => {
    const deadline = computeDeadline({ received });
    expect(deadline.due).toBe(due);
    for (const date of makeupDays) expect(day(deadline, date)).toMatchObject({ counted: true, reason: expect.stringMatching(/^调休上班日（国庆节/) });
  });

  it("numbers 2024's make-up Saturday 10-12 as the 7th working day", () => {
    expect(day(computeDeadline({ received: "2024-09-27" }), "2024-10-12").count).toBe(7);
  });
});

describe("across the year boundary", () => {
  it("received 2018-12-20 → 2019-01-18: make-up Sat 12-29 counts, 12-30–01-01 off, all from the 2019 notice", () => {
    const deadline = computeDeadline({ received: "2018-12-20", days: 20 });
    expect(deadline.due).toBe("2019-01-18");
    expect(day(deadline, "2018-12-29")).toMatchObject({
      counted: true,
      count: 7,
      reason: "调休上班日（元旦，国办发明电〔2018〕15号《国务院办公厅关于2019年部分节假日安排的通知》）",
    });
    expect(day(deadline, "2018-12-31")).toMatchObject({ counted: false, reason: expect.stringMatching(/^法定节假日（元旦，国办发明电〔2018〕15号/) });
    expect(day(deadline, "2019-01-02").count).toBe(8);
  });

  it("received 2023-12-25 → 2024-01-23, skipping 12-30–01-01", () => {
    expect(computeDeadline({ received: "2023-12-25" }).due).toBe("2024-01-23");
  });
});

describe("provisional years", () => {
  it("counts 2027 on weekends (no statutory day in March) and says 暂定", () => {
    const deadline = computeDeadline({ received: "2027-03-01" });
    expect([deadline.due, deadline.provisional]).toEqual(["2027-03-29", true]);
    expect(day(deadline, "2027-03-02")).toEqual({
      date: "2027-03-02",
      weekday: "周二",
      counted: true,
      count: 1,
      reason: "工作日（暂定：尚无 2027 年放假安排通知）",
      provisional: true,
    });
  });

  it("is provisional as soon as the period reaches December before a missing notice, and not before", () => {
    expect(computeDeadline({ received: "2026-10-20" })).toMatchObject({ due: "2026-11-17", provisional: false });
    expect(computeDeadline({ received: "2026-11-10" })).toMatchObject({ due: "2026-12-08", provisional: true, provisionalYears: [2027] });
  });
});

describe("extension and pauses", () => {
  it("--extend adds 20 working days: 2025-01-20 → 2025-03-21", () => {
    const deadline = computeDeadline({ received: "2025-01-20", extend: true });
    expect([deadline.due, deadline.workingDays]).toEqual(["2025-03-21", 40]);
    expect(computeDeadline({ received: "2025-01-20", extend: 5 }).due).toBe("2025-02-28");
  });

  it("does not count the working days of a pause: a paused week moves 2025-02-21 to 2025-02-28", () => {
    const deadline = computeDeadline({ received: "2025-01-20", pauses: [{ from: "2025-02-10", to: "2025-02-14", reason: "征求第三方意见" }] });
    expect(deadline.due).toBe("2025-02-28");
    expect(day(deadline, "2025-02-10")).toEqual({
      date: "2025-02-10",
      weekday: "周一",
      counted: false,
      reason: "暂停计算（征求第三方意见，2025-02-10 至 2025-02-14）",
    });
    expect(day(deadline, "2025-02-17").count).toBe(11);
  });

  it("only moves the deadline by the working days a pause covers (a pause over the holiday costs 2 days)", () => {
    const deadline = computeDeadline({ received: "2025-01-20", pauses: [{ from: "2025-01-27", to: "2025-02-05" }] });
    expect(deadline.due).toBe("2025-02-25");
    expect(day(deadline, "2025-01-27").reason).toBe("暂停计算（征求第三方或其他机关意见，2025-01-27 至 2025-02-05）");
    expect(day(deadline, "2025-01-28").reason).toMatch(/^法定节假日（春节/);
  });

  it("combines an extension with several pauses", () => {
    const deadline = computeDeadline({
      received: "2025-01-20",
      extend: true,
      pauses: [
        { from: "2025-02-10", to: "2025-02-14" },
        { from: "2025-03-03", to: "2025-03-03" },
      ],
    });
    // 40 working days from 2025-03-21, 6 paused working days later.
    expect(deadline.due).toBe("2025-03-31");
  });
});

describe("the other periods of the 条例", () => {
  it("restarts the reply period from the receipt of the 补正, labelling that day", () => {
    const deadline = computeDeadline({ received: "2025-01-20", start: "correction" });
    expect(deadline.due).toBe("2025-02-21");
    expect(deadline.days[0].reason).toBe("收到补正当日不计入");
  });

  it("gives a third party 15 working days: 2025-01-20 → 2025-02-14", () => {
    const deadline = consultationDue("2025-01-20", lawFor("2025-01-20"))!;
    expect(deadline.due).toBe("2025-02-14");
    expect(deadline.days[0].reason).toBe("收到征求意见书当日不计入");
  });

  it("never counts the receipt day, even when it is itself a working make-up day", () => {
    const deadline = computeDeadline({ received: "2025-02-08", days: 1 });
    expect(deadline.due).toBe("2025-02-10");
    expect(deadline.days.map((entry) => [entry.date, entry.counted])).toEqual([
      ["2025-02-08", false],
      ["2025-02-09", false],
      ["2025-02-10", true],
    ]);
  });

  it("starts from the next working day when the receipt day is a holiday", () => {
    expect(computeDeadline({ received: "2025-01-29", days: 1 }).due).toBe("2025-02-05");
  });
});

describe("invalid input", () => {
  it.each([
    [{ received: "2025-02-29" }, "收到日期：2025-02-29 不是有效的日期"],
    [{ received: "2025/01/20" }, "收到日期：“2025/01/20”不是 YYYY-MM-DD 格式的日期"],
    [{ received: "2025-01-20", days: 0 }, "期限应为 1 至 250 之间的整数个工作日"],
    [{ received: "2025-01-20", days: 2.5 }, "期限应为 1 至 250 之间的整数个工作日"],
    [{ received: "2025-01-20", extend: 21 }, "延长的期限应为 0 至 20 个工作日（条例第三十三条：延长的期限最长不得超过20个工作日）"],
    [{ received: "2025-01-20", pauses: [{ from: "2025-02-14", to: "2025-02-10" }] }, "暂停区间 2025-02-14..2025-02-10 的开始日期晚于结束日期"],
    [{ received: "2025-01-20", pauses: [{ from: "2025-02-10", to: "2025-02-30" }] }, "暂停区间：2025-02-30 不是有效的日期"],
  ])("refuses %j with an INVALID_INPUT error in Chinese", (input, message) => {
    expect(() => computeDeadline(input)).toThrow(expect.objectContaining({ code: "INVALID_INPUT", message }));
  });
});
