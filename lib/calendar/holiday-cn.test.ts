import { describe, expect, it } from "vitest";
import { createCalendar, NATIONAL_CALENDAR } from "@/lib/calendar/calendar";
import { checkNotice } from "@/lib/calendar/checks";
import { datesOf } from "@/lib/calendar/date";
import { parseHolidayCnNotice } from "@/lib/calendar/holiday-cn";
import { HOLIDAY_NOTICES } from "@/lib/calendar/notices";

type Day = { name: string; date: string; isOffDay: boolean };

function off(name: string, from: string, to: string): Day[] {
  return datesOf({ from, to }).map((date) => ({ name, date, isOffDay: true }));
}

function work(name: string, ...dates: string[]): Day[] {
  return dates.map((date) => ({ name, date, isOffDay: false }));
}

/** 2025 as holiday-cn publishes it: only the days the notice names. */
const FILE_2025 = {
  year: 2025,
  papers: ["https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"],
  days: [
    ...off("元旦", "2025-01-01", "2025-01-01"),
    ...work("春节", "2025-01-26"),
    ...off("春节", "2025-01-28", "2025-02-04"),
    ...work("春节", "2025-02-08"),
    ...off("清明节", "2025-04-04", "2025-04-06"),
    ...work("劳动节", "2025-04-27"),
    ...off("劳动节", "2025-05-01", "2025-05-05"),
    ...off("端午节", "2025-05-31", "2025-06-02"),
    ...work("国庆节、中秋节", "2025-09-28"),
    ...off("国庆节、中秋节", "2025-10-01", "2025-10-08"),
    ...work("国庆节、中秋节", "2025-10-11"),
  ],
};

/** 2018 leaves out the weekend days a notice only joins (与周末连休): 元旦, 端午节 and 中秋节 list one day. */
const FILE_2018 = {
  year: 2018,
  papers: ["https://www.gov.cn/zhengce/zhengceku/2017-11/30/content_5243579.htm"],
  days: [
    ...off("元旦", "2018-01-01", "2018-01-01"),
    ...work("春节", "2018-02-11"),
    ...off("春节", "2018-02-15", "2018-02-21"),
    ...work("春节", "2018-02-24"),
    ...off("清明节", "2018-04-05", "2018-04-07"),
    ...work("清明节", "2018-04-08"),
    ...work("劳动节", "2018-04-28"),
    ...off("劳动节", "2018-04-29", "2018-05-01"),
    ...off("端午节", "2018-06-18", "2018-06-18"),
    ...off("中秋节", "2018-09-24", "2018-09-24"),
    ...work("国庆节", "2018-09-29", "2018-09-30"),
    ...off("国庆节", "2018-10-01", "2018-10-07"),
  ],
};

function parse(file: unknown, issuedOn = "2024-11-12") {
  return parseHolidayCnNotice(JSON.stringify(file), { issuedOn, docNo: "国办发明电〔2024〕12号" });
}

describe("parseHolidayCnNotice", () => {
  it.each([
    [2025, FILE_2025, "2024-11-12"],
    [2018, FILE_2018, "2017-11-30"],
  ] as const)("reads the %i file into a notice that agrees with the project data on every day of the year", (year, file, issuedOn) => {
    const result = parse(file, issuedOn);
    if (!result.ok) throw new Error(result.errors.join("; "));
    expect(checkNotice(result.notice)).toEqual([]);
    // Next year's notice still arranges this December (2018-12-29 is a 2019 make-up Saturday).
    const imported = createCalendar([...HOLIDAY_NOTICES.filter((notice) => notice.id !== String(year)), result.notice]);
    for (const date of datesOf({ from: `${year - 1}-12-01`, to: `${year}-12-31` })) {
      expect([date, imported.dayKind(date).working]).toEqual([date, NATIONAL_CALENDAR.dayKind(date).working]);
    }
  });

  it("groups each festival into a rest span and its make-up days, with the admin's 文号 and date", () => {
    const result = parse(FILE_2025);
    if (!result.ok) throw new Error(result.errors.join("; "));
    expect(result.notice).toMatchObject({
      year: 2025,
      kind: "annual",
      docNo: "国办发明电〔2024〕12号",
      issuedOn: "2024-11-12",
      title: "国务院办公厅关于2025年部分节假日安排的通知",
      sourceUrl: FILE_2025.papers[0],
    });
    expect(result.notice.festivals[1]).toEqual({
      festival: "春节",
      rest: { from: "2025-01-28", to: "2025-02-04" },
      makeupWorkdays: ["2025-01-26", "2025-02-08"],
    });
  });

  it("refuses holiday-cn's empty placeholder for a year whose notice is not out", () => {
    expect(parse({ year: 2027, papers: [], days: [] })).toEqual({ ok: false, errors: ["2027 年的文件没有任何日期：通知可能尚未发布"] });
  });

  it("names the entry of every malformed field", () => {
    const result = parse({ year: 2025, papers: [], days: [{ name: "春节", date: "2025-02-30", isOffDay: true }, { name: "春节", date: "2025-02-01" }] });
    expect(result).toEqual({
      ok: false,
      errors: ["days[0].date：2025-02-30 不是有效的日期", "days[1].isOffDay：isOffDay 应为 true（放假）或 false（上班）"],
    });
    expect(parse({ papers: [], days: [] })).toEqual({ ok: false, errors: ["year：year 应为年份数字"] });
  });

  it("refuses text that is not JSON, a date listed twice and a rest span with a working weekday in it", () => {
    const notJson = parseHolidayCnNotice("{", { issuedOn: "2024-11-12" });
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0]).toMatch(/^不是有效的 JSON：/);
    const twice = parse({ ...FILE_2025, days: [...FILE_2025.days, ...off("元旦", "2025-01-01", "2025-01-01")] });
    expect(twice).toEqual({ ok: false, errors: ["日期 2025-01-01 出现了不止一次"] });
    const gap = parse({ ...FILE_2025, days: FILE_2025.days.filter((day) => day.date !== "2025-01-30") });
    expect(gap).toEqual({ ok: false, errors: ["春节：放假日期不连续（2025-01-30 在放假期间内却未列为放假）"] });
  });

  it("refuses a festival with make-up days only, and a bad notice date", () => {
    expect(parse({ year: 2025, papers: [], days: work("春节", "2025-01-26") })).toEqual({
      ok: false,
      errors: ["春节：只有调休上班日，没有放假日期"],
    });
    expect(parseHolidayCnNotice(JSON.stringify(FILE_2025), { issuedOn: "2024-11-31" })).toEqual({
      ok: false,
      errors: ["通知日期：2024-11-31 不是有效的日期"],
    });
  });
});
