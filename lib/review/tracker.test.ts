import { afterEach, describe, expect, it } from "vitest";
import { todayInChina } from "@/lib/register/today";
import {
  auditActorName,
  buildTracker,
  chinaDateTime,
  countdown,
  reportDeadline,
  stateLabel,
  trackerState,
  trackerToCsv,
  type TrackedReport,
  type TrackerUnit,
} from "@/lib/review/tracker";

const unitDeadline = (today: string) => countdown(reportDeadline(2024, "unit"), today).text;
const parentDeadline = (year: number, today: string) => countdown(reportDeadline(year, "parent"), today).text;

describe("deadlines in calendar days", () => {
  it("puts the units' reports on 1月31日 and the parent's on 2月20日 of the next year", () => {
    expect(reportDeadline(2024, "unit")).toBe("2025-01-31");
    expect(reportDeadline(2024, "parent")).toBe("2025-02-20");
  });

  it("counts down to 1月31日: 还剩 1 天, 今天截止, 已逾期 1 天", () => {
    expect(unitDeadline("2025-01-30")).toBe("还剩 1 天");
    expect(unitDeadline("2025-01-31")).toBe("今天截止");
    expect(unitDeadline("2025-02-01")).toBe("已逾期 1 天");
    expect(unitDeadline("2024-12-31")).toBe("还剩 31 天");
  });

  it("counts down to 2月20日 the same way", () => {
    expect(parentDeadline(2024, "2025-02-19")).toBe("还剩 1 天");
    expect(parentDeadline(2024, "2025-02-20")).toBe("今天截止");
    expect(parentDeadline(2024, "2025-02-21")).toBe("已逾期 1 天");
    expect(parentDeadline(2024, "2025-01-31")).toBe("还剩 20 天");
  });

  it("counts 29 February of a leap year as a day", () => {
    expect(reportDeadline(2023, "parent")).toBe("2024-02-20");
    expect(parentDeadline(2023, "2024-03-01")).toBe("已逾期 10 天");
    expect(parentDeadline(2024, "2025-03-01")).toBe("已逾期 9 天");
    expect(countdown(reportDeadline(2023, "parent"), "2023-12-31")).toEqual({ daysLeft: 51, text: "还剩 51 天" });
  });
});

describe("China's date and time whatever the server's time zone", () => {
  const serverZone = process.env.TZ;
  afterEach(() => {
    if (serverZone === undefined) delete process.env.TZ;
    else process.env.TZ = serverZone;
  });

  it("is already 2月1日 in China when a server in UTC reads 2025-01-31T16:30Z", () => {
    process.env.TZ = "UTC";
    const now = new Date("2025-01-31T16:30:00Z");
    expect(now.getDate()).toBe(31);
    const today = todayInChina(now);
    expect(today).toBe("2025-02-01");
    expect(unitDeadline(today)).toBe("已逾期 1 天");
    expect(chinaDateTime(now)).toBe("2025-02-01 00:30");
  });

  it("writes times on the 24-hour clock", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(chinaDateTime(new Date("2025-01-30T06:05:00Z"))).toBe("2025-01-30 14:05");
    expect(chinaDateTime(new Date("2025-01-30T16:00:00Z"))).toBe("2025-01-31 00:00");
  });
});

describe("status of a unit's report", () => {
  it("is 未建立 without a report and the workflow status otherwise", () => {
    expect(trackerState(null)).toEqual({ status: "missing", correction: null });
    expect(stateLabel(trackerState(null))).toBe("未建立");
    expect(stateLabel(trackerState({ status: "draft", hasRevision: false }))).toBe("草稿");
    expect(stateLabel(trackerState({ status: "submitted", hasRevision: false }))).toBe("已提交");
    expect(stateLabel(trackerState({ status: "returned", hasRevision: false }))).toBe("已退回");
    expect(stateLabel(trackerState({ status: "published", hasRevision: true }))).toBe("已发布");
  });

  it("stays 已发布 while a correction is open, and says where the correction stands", () => {
    expect(trackerState({ status: "draft", hasRevision: true })).toEqual({ status: "published", correction: "draft" });
    expect(stateLabel(trackerState({ status: "draft", hasRevision: true }))).toBe("已发布（更正中）");
    expect(stateLabel(trackerState({ status: "submitted", hasRevision: true }))).toBe("已发布（更正待审核）");
    expect(stateLabel(trackerState({ status: "returned", hasRevision: true }))).toBe("已发布（更正已退回）");
  });

  it("names the person by display name, else username, and the command line as 命令行", () => {
    expect(auditActorName({ username: "wang", displayName: "王芳" }, "web")).toBe("王芳");
    expect(auditActorName({ username: "wang", displayName: null }, "web")).toBe("wang");
    expect(auditActorName({ username: "wang", displayName: " " }, "web")).toBe("wang");
    expect(auditActorName(null, "cli")).toBe("命令行");
  });
});

describe("the tracker of a county", () => {
  const county: TrackerUnit = { id: "c", slug: "county", name: "测试县", parentId: null };
  const bureau: TrackerUnit = { id: "b", slug: "bureau", name: "教育局", parentId: "c" };
  const school: TrackerUnit = { id: "s", slug: "school", name: "实验学校", parentId: "b" };
  const towns: TrackerUnit[] = [
    { id: "t1", slug: "yi", name: "乙镇", parentId: "c" },
    { id: "t2", slug: "jia", name: "甲镇", parentId: "c" },
    { id: "t3", slug: "bing", name: "丙镇", parentId: "c" },
    { id: "t4", slug: "ding", name: "丁镇", parentId: "c" },
  ];
  const at = new Date("2025-01-20T02:00:00Z");
  const report = (orgId: string, status: TrackedReport["status"], extra: Partial<TrackedReport> = {}): TrackedReport => ({
    id: `r-${orgId}-${extra.scope ?? "own"}`,
    orgId,
    scope: "own",
    status,
    hasRevision: status === "published",
    lastChange: { at, by: "王芳" },
    ...extra,
  });
  const reports = [
    report("t1", "draft"),
    report("t2", "submitted"),
    report("t3", "returned"),
    report("t4", "draft", { hasRevision: true }),
    report("s", "published"),
    report("c", "draft", { scope: "rollup", lastChange: { at, by: "命令行" } }),
  ];
  const tracker = (today: string) => buildTracker({ year: 2024, today, parent: county, units: [...towns, bureau, school], reports });

  it("lists the parent's own report and roll-up first, then the units in tree order by pinyin", () => {
    const rows = tracker("2025-01-20").rows;
    expect(rows.map((r) => `${r.org.name}:${r.scope}`)).toEqual([
      "测试县:own",
      "测试县:rollup",
      "丙镇:own",
      "丁镇:own",
      "甲镇:own",
      "教育局:own",
      "实验学校:own",
      "乙镇:own",
    ]);
    expect(rows.map((r) => r.deadline)).toEqual(["2025-02-20", "2025-02-20", ...Array(6).fill("2025-01-31")]);
    expect(rows.find((r) => r.org.id === "s")?.under).toBe("教育局");
    expect(rows.find((r) => r.org.id === "b")?.under).toBeNull();
  });

  it("counts the units by status; a correction counts as 已发布", () => {
    expect(tracker("2025-01-20").counts).toEqual({
      units: 6,
      byStatus: { missing: 1, draft: 1, submitted: 1, returned: 1, published: 2 },
      corrections: 1,
      overdue: 0,
    });
  });

  it("marks overdue only what is not handed in once the deadline has passed", () => {
    const rows = tracker("2025-02-01").rows;
    const overdue = rows.filter((r) => r.overdue).map((r) => `${r.org.name}:${r.scope}`);
    expect(overdue).toEqual(["丙镇:own", "教育局:own", "乙镇:own"]);
    expect(rows.find((r) => r.org.id === "t2")?.countdown).toBeNull();
    expect(rows.find((r) => r.org.id === "t4")?.countdown).toBeNull();
    expect(rows.find((r) => r.org.id === "t1")?.countdown?.text).toBe("已逾期 1 天");
    expect(rows[1].countdown?.text).toBe("还剩 19 天");
    expect(tracker("2025-02-01").counts.overdue).toBe(3);
    expect(tracker("2025-02-21").rows.filter((r) => r.overdue)).toHaveLength(5);
  });

  it("writes the page's columns to a CSV with BOM", () => {
    const csv = trackerToCsv(tracker("2025-01-31"));
    expect(csv.split("\r\n")).toEqual([
      "\uFEFF单位,报告,状态,期限,截止日期,最后修改,修改人",
      "测试县,本级报告,未建立,还剩 20 天,2025-02-20,,",
      "测试县,汇总报告,草稿,还剩 20 天,2025-02-20,2025-01-20 10:00,命令行",
      "丙镇,本级报告,已退回,今天截止,2025-01-31,2025-01-20 10:00,王芳",
      "丁镇,本级报告,已发布（更正中）,,2025-01-31,2025-01-20 10:00,王芳",
      "甲镇,本级报告,已提交,,2025-01-31,2025-01-20 10:00,王芳",
      "教育局,本级报告,未建立,今天截止,2025-01-31,,",
      "实验学校（教育局下属）,本级报告,已发布,,2025-01-31,2025-01-20 10:00,王芳",
      "乙镇,本级报告,草稿,今天截止,2025-01-31,2025-01-20 10:00,王芳",
      "",
    ]);
  });
});
