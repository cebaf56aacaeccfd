// Deadline vectors for requests received before 2019-05-15, under 2007年《政府信息公开条例》,
// each worked out by hand from the notices (lib/calendar/notices.ts) before it was run.
import { describe, expect, it } from "vitest";
import { createCalendar, HOLIDAY_NOTICES } from "@/lib/calendar";
import { requestDeadline, type TimelineEvent } from "@/lib/register/deadline";

const due = (receivedOn: string, events: TimelineEvent[] = []) => requestDeadline({ receivedOn, events });

describe("the day the 2019 条例 came into force", () => {
  it("2019-05-14 (Tue), the day before: 15 working days → 2019-06-04, no 补正 period", () => {
    // 05-15 … 05-17 are days 1–3, 05-20 … 05-24 days 4–8, 05-27 … 05-31 days 9–13, 06-03 and 06-04 days 14 and 15.
    const result = due("2019-05-14");
    expect(result).toMatchObject({ dueOn: "2019-06-04", correctionDueOn: null, problems: [] });
    expect(result.law.id).toBe("2007");
    expect(result.deadline?.workingDays).toBe(15);
  });

  it("2019-05-15 (Wed), the day itself: 20 working days → 2019-06-13, 端午 06-07 skipped; 补正 by 2019-05-24", () => {
    const result = due("2019-05-15");
    expect(result).toMatchObject({ dueOn: "2019-06-13", correctionDueOn: "2019-05-24", problems: [] });
    expect(result.law.id).toBe("2019");
    expect(result.deadline?.days.find((d) => d.date === "2019-06-07")).toMatchObject({ counted: false });
  });
});

describe("2007年《条例》第二十四条 across the holidays of its years", () => {
  it("2009-01-23 (Fri), the last working day before 春节: → 2009-02-18; make-up Sat 01-24 and Sun 02-01 are days 1 and 2", () => {
    const result = due("2009-01-23");
    expect(result.dueOn).toBe("2009-02-18");
    const counted = result.deadline!.days.filter((d) => d.counted).map((d) => d.date);
    expect(counted.slice(0, 3)).toEqual(["2009-01-24", "2009-02-01", "2009-02-02"]);
    // 除夕 2009-01-25 was a statutory day under the 2007 revision of the 放假办法.
    expect(result.deadline!.days.find((d) => d.date === "2009-01-25")).toMatchObject({ counted: false });
  });

  it("2015-08-27 (Thu), across the 抗战胜利70周年纪念日: → 2015-09-18; 09-03..05 off, Sun 09-06 is day 5", () => {
    const result = due("2015-08-27");
    expect(result.dueOn).toBe("2015-09-18");
    expect(result.deadline!.days.find((d) => d.date === "2015-09-06")).toMatchObject({ counted: true, count: 5 });
    expect(result.deadline!.days.find((d) => d.date === "2015-09-03")?.reason).toContain("国发明电〔2015〕1号");
    // Without the 国务院's notice the same request would be due a day earlier: 09-03 and 09-04 would count, 09-06 not.
    const withoutIt = createCalendar(HOLIDAY_NOTICES.filter((n) => n.id !== "2015-victory-day"));
    expect(requestDeadline({ receivedOn: "2015-08-27", events: [] }, withoutIt).dueOn).toBe("2015-09-17");
  });

  it("2016-09-12 (Mon), extended by 15: 15 days end on the make-up Sunday 2016-10-09, 30 on 2016-10-28", () => {
    expect(due("2016-09-12").dueOn).toBe("2016-10-09");
    const extended = due("2016-09-12", [{ kind: "extended", date: "2016-09-30", approvedBy: "王主任" }]);
    expect(extended).toMatchObject({ dueOn: "2016-10-28", extendedDays: 15, problems: [] });
  });

  it("refuses an extension above 15 working days, citing the 2007 article", () => {
    expect(due("2016-09-12", [{ kind: "extended", date: "2016-09-30", approvedBy: "王", days: 20 }]).problems).toEqual([
      "延长的期限应为 1 至 15 个工作日（2007年《条例》第二十四条）",
    ]);
    expect(
      due("2016-09-12", [
        { kind: "extended", date: "2016-09-20", approvedBy: "王", days: 5 },
        { kind: "extended", date: "2016-09-21", approvedBy: "王", days: 5 },
      ]).problems,
    ).toEqual(["答复期限只能延长一次（2007年《条例》第二十四条：延长答复的期限最长不得超过15个工作日）"]);
  });
});

describe("补正 and consultation under the 2007 条例", () => {
  it("has no 7-day limit on asking 补正, and counts 15 days again from its receipt, saying the 条例 has no express rule", () => {
    // 补正 asked 13 working days after receipt: too late under 条例第三十条, lawful in 2007.
    const result = due("2018-03-01", [
      { kind: "correction_requested", date: "2018-03-20" },
      { kind: "correction_received", date: "2018-03-26" },
    ]);
    // 03-27 … 04-04 are days 1–7, 清明 04-05..07 off, make-up Sun 04-08 is day 8, 04-17 is day 15.
    expect(result).toMatchObject({ dueOn: "2018-04-17", correctionDueOn: null, problems: [] });
    expect(result.notes.join("")).toContain("没有明文规定补正后如何计算答复期限");
  });

  it("cannot assume when a third party answers: the due date of an open consultation is the earliest possible one, and the note says so", () => {
    // Only 06-05 is taken out; 06-04 is day 1, 端午 06-16..18 off, 06-26 is day 15.
    const open = due("2018-06-01", [{ kind: "consultation_started", date: "2018-06-05" }]);
    expect(open.dueOn).toBe("2018-06-26");
    expect(open.notes).toHaveLength(1);
    expect(open.notes[0]).toContain("2007年《条例》第二十三条没有规定第三方答复的期限");
    // Once the opinion is in, its real days are left out: 06-05..06-15 (9 working days); 06-04 is day 1,
    // 端午 06-16..18 off, 06-19 is day 2 and 07-06 day 15.
    const ended = due("2018-06-01", [
      { kind: "consultation_started", date: "2018-06-05" },
      { kind: "consultation_ended", date: "2018-06-15" },
    ]);
    expect(ended).toMatchObject({ dueOn: "2018-07-06", notes: [], problems: [] });
  });
});
