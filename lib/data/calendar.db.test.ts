import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { HOLIDAY_NOTICES } from "@/lib/calendar";
import { db } from "@/lib/db";
import { activateNotice, addNotice, listNotices, loadCalendar, previewNotice, seedHolidayNotices } from "@/lib/data/calendar";
import { createRequest, getRequest } from "@/lib/data/register";
import { errorOf, makeActor, makeOrg } from "@/lib/data/test-factories";

const TODAY = "2026-12-20";

/** A 2027 notice as the admin's form would give it (invented: no 2027 notice exists yet). */
const NOTICE_2027 = {
  year: 2027,
  issuedOn: "2026-11-05",
  docNo: "国办发明电〔2026〕99号",
  festivals: [{ festival: "元旦", from: "2026-12-31", to: "2027-01-03", makeupWorkdays: [] }],
};

describe("the holiday calendar in the database", () => {
  it("seeds the project's notices once, as active, one calendar version each", async () => {
    expect(await seedHolidayNotices({ actor: CLI_ACTOR })).toEqual({ added: [], deadlinesRecomputed: 0 });
    const notices = await listNotices({ actor: CLI_ACTOR, status: "active" });
    expect(notices).toHaveLength(HOLIDAY_NOTICES.length);
    expect((await loadCalendar()).version).toBe(HOLIDAY_NOTICES.length);
    expect(notices.find((n) => n.key === "2020-spring-festival-extension")?.days.map((d) => d.date)).toEqual(["2020-01-31", "2020-02-01", "2020-02-02"]);
  });

  it("loads the 2008–2017 notices into a database that lacks them, and recomputes the due dates stored before", async () => {
    const org = await makeOrg();
    const staff = await makeActor({ role: "staff", orgSlug: org.slug, orgId: org.id });
    // Under the 2007 条例: 15 working days across 中秋 and 国庆 2016 end on the make-up Sunday 2016-10-09.
    const old = await createRequest({
      actor: staff,
      input: { orgId: org.id, channel: "in_person", receivedOn: "2016-09-12", applicantType: "natural", subject: "2016年决算" },
      today: TODAY,
    });
    expect(old.dueOn).toBe("2016-10-09");
    // As a database set up before: the notices of 2008–2017 missing, the date counted as 20 plain working days.
    const earlier = HOLIDAY_NOTICES.filter((n) => n.year < 2018).map((n) => n.id);
    await db().holidayNotice.deleteMany({ where: { key: { in: earlier } } });
    await db().infoRequest.update({ where: { id: old.id }, data: { dueOn: "2016-10-10", dueProvisional: true } });

    expect(await seedHolidayNotices({ actor: CLI_ACTOR })).toEqual({ added: earlier, deadlinesRecomputed: 1 });
    expect(await db().infoRequest.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ dueOn: "2016-10-09", dueProvisional: false });
    const audit = await db().auditLog.findMany({ where: { entity: "request", entityId: old.id, action: "recompute-deadline" } });
    expect(audit.map((entry) => [entry.before, (entry.after as { dueOn: string }).dueOn])).toEqual([[{ dueOn: "2016-10-10", provisional: true }, "2016-10-09"]]);
    expect(await seedHolidayNotices({ actor: CLI_ACTOR })).toEqual({ added: [], deadlinesRecomputed: 0 });
  });

  it("refuses a notice with a make-up day on a weekday, and lets only admins add notices", async () => {
    const result = await addNotice({
      actor: CLI_ACTOR,
      input: { source: "form", form: { ...NOTICE_2027, festivals: [{ festival: "元旦", from: "2027-01-01", to: "2027-01-01", makeupWorkdays: ["2027-01-04"] }] } },
    });
    expect(result).toEqual({ ok: false, errors: ["元旦的调休上班日 2027-01-04 是周一：调休上班日应在周六或周日"] });
    const org = await makeOrg();
    const staff = await makeActor({ role: "staff", orgSlug: org.slug, orgId: org.id });
    expect(await errorOf(addNotice({ actor: staff, input: { source: "form", form: NOTICE_2027 } }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("previews a new year's notice and, on activation, recomputes the open deadlines it moves with an audit entry old → new", async () => {
    const org = await makeOrg();
    const staff = await makeActor({ role: "staff", orgSlug: org.slug, orgId: org.id });
    const open = await createRequest({
      actor: staff,
      input: { orgId: org.id, channel: "in_person", receivedOn: "2026-12-10", applicantType: "natural", subject: "2026年预算" },
      today: TODAY,
    });
    const untouched = await createRequest({
      actor: staff,
      input: { orgId: org.id, channel: "in_person", receivedOn: "2026-10-12", applicantType: "natural", subject: "x" },
      today: TODAY,
    });
    // Provisional: only 2027-01-01 is known; 12-11 … 01-08 are the 20 working days.
    expect(open.dueOn).toBe("2027-01-08");
    expect((await getRequest({ actor: staff, requestId: open.id }))?.dueProvisional).toBe(true);

    const added = await addNotice({ actor: CLI_ACTOR, input: { source: "form", form: NOTICE_2027 } });
    if (!added.ok) throw new Error(added.errors.join());
    // 元旦 alone is 1 statutory day against 13: a warning to acknowledge.
    expect(added.warnings).toHaveLength(1);

    const preview = await previewNotice({ actor: CLI_ACTOR, noticeId: added.id });
    expect(preview.days.find((d) => d.date === "2026-12-31")).toMatchObject({ workingBefore: true, workingAfter: false });
    expect(preview.deadlines).toEqual([
      {
        requestId: open.id,
        orgId: org.id,
        trackingNumber: open.trackingNumber,
        before: { dueOn: "2027-01-08", provisional: true },
        after: { dueOn: "2027-01-11", provisional: false },
      },
    ]);

    expect(await errorOf(activateNotice({ actor: CLI_ACTOR, noticeId: added.id }))).toMatchObject({ code: "INVALID_INPUT" });
    const versionBefore = (await loadCalendar()).version;
    const activated = await activateNotice({ actor: CLI_ACTOR, noticeId: added.id, acknowledgeWarnings: true });
    expect(activated.version).toBe(versionBefore + 1);
    expect((await loadCalendar()).version).toBe(activated.version);
    const after = await getRequest({ actor: staff, requestId: open.id });
    expect(after).toMatchObject({ dueOn: "2027-01-11", dueProvisional: false, calendarVersion: activated.version });
    expect((await getRequest({ actor: staff, requestId: untouched.id }))?.dueOn).toBe("2026-11-09");
    const audit = await db().auditLog.findMany({ where: { entity: "request", entityId: open.id, action: "recompute-deadline" } });
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [{ dueOn: "2027-01-08", provisional: true }, { dueOn: "2027-01-11", provisional: false, calendarVersion: activated.version }],
    ]);
    expect(await errorOf(activateNotice({ actor: CLI_ACTOR, noticeId: added.id, acknowledgeWarnings: true }))).toMatchObject({ code: "INVALID_STATE" });
  });

  it("reads a holiday-cn file as a draft notice", async () => {
    const text = JSON.stringify({
      year: 2028,
      papers: ["https://example.gov.cn/2028"],
      days: [
        { name: "元旦", date: "2028-01-01", isOffDay: true },
        { name: "元旦", date: "2028-01-02", isOffDay: true },
        { name: "元旦", date: "2028-01-03", isOffDay: true },
      ],
    });
    const added = await addNotice({ actor: CLI_ACTOR, input: { source: "holiday-cn", input: { text, issuedOn: "2027-11-01" } } });
    expect(added).toMatchObject({ ok: true });
    const again = await addNotice({ actor: CLI_ACTOR, input: { source: "holiday-cn", input: { text, issuedOn: "2027-11-01" } } });
    expect(again).toEqual({ ok: false, errors: ["这份通知（2028 年，2027-11-01）已经录入"] });
  });
});
