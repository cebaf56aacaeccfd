import { describe, expect, it } from "vitest";
import { applicableLawLabel, lawFor, MAX_EXTENSION_ANY_LAW } from "@/lib/calendar/law";

describe("lawFor: the 条例 in force on the day received", () => {
  it("is the 2007 条例 through 2019-05-14 and the 2019 revision from 2019-05-15", () => {
    expect(lawFor("2019-05-14")).toMatchObject({ id: "2007", replyWorkingDays: 15, maxExtensionWorkingDays: 15, correctionRequest: null, consultationPeriod: null });
    expect(lawFor("2019-05-15")).toMatchObject({ id: "2019", replyWorkingDays: 20, maxExtensionWorkingDays: 20, consultationPeriod: { workingDays: 15, article: "条例第三十二条" } });
    expect(lawFor("2019-05-15").correctionRequest?.workingDays).toBe(7);
    expect(MAX_EXTENSION_ANY_LAW).toBe(20);
  });

  it("names the law with its 国务院令 and dates", () => {
    expect(applicableLawLabel(lawFor("2010-01-04"))).toBe(
      "适用2007年《政府信息公开条例》（2007年4月5日国务院令第492号公布，2008年5月1日起施行）：收到申请在2019年5月15日之前，答复期限15个工作日，延长最长15个工作日（2007年《条例》第二十四条）。",
    );
    expect(applicableLawLabel(lawFor("2025-01-20"))).toContain("2019年4月3日国务院令第711号修订，2019年5月15日起施行");
  });
});
