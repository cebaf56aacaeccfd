import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addRequestEvent, createRequest } from "@/lib/data/register";
import { getNotificationSettings, resetNotificationTemplate, saveNotificationRecipients, saveNotificationTemplate } from "@/lib/data/notifications";
import { errorOf, makeCounty } from "@/lib/data/test-factories";
import { smtpMailer, type Mailer } from "@/lib/notify/mailer";
import { queueRequestNotices } from "@/lib/notify/queue";
import { queueDueSoonReminders } from "@/lib/notify/reminders";
import { MAX_ATTEMPTS, RETRY_DELAYS_MINUTES } from "@/lib/notify/retry";
import { sendDueMessages } from "@/lib/notify/sender";
import { startSmtpSink, type SmtpSink } from "@/lib/notify/testing";

const TODAY = "2026-01-20";
const SECRET_NAME = "申请人甲乙丙5d1c";
const APPLICANT = "shenqingren@example.com";
const DUTY = "duty@example.gov.cn";
// Messages are due from when they are queued: the senders' clock starts a little later.
const T0 = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000);
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

let sink: SmtpSink;
let mailer: Mailer;

beforeAll(async () => {
  sink = await startSmtpSink();
  mailer = smtpMailer(sink.url, "公开年报 <noreply@example.gov.cn>");
});

afterAll(async () => {
  mailer.close();
  await sink.close();
});

/** A county with recipients set for 甲镇 (none for 乙镇), and nothing left in the outbox or the sink. */
async function setUp(recipients = `${DUTY}\nleader@example.gov.cn`) {
  await db().outboxMessage.deleteMany({});
  sink.received.length = 0;
  const county = await makeCounty();
  if (recipients) await saveNotificationRecipients({ actor: county.staff, input: { orgId: county.town.id, recipients } });
  return county;
}

function request(orgId: string, receivedOn = "2026-01-05") {
  return { orgId, channel: "online", receivedOn, applicantType: "natural", subject: "2025年道路维修资金使用情况", applicantName: SECRET_NAME };
}

async function outboxOf(orgId: string) {
  return db().outboxMessage.findMany({ where: { orgId }, orderBy: [{ createdAt: "asc" }, { kind: "asc" }, { toAddress: "asc" }] });
}

describe("the outbox", () => {
  it("retries a mail the server refused for now, then sends it exactly once with its To, subject and UTF-8 body", async () => {
    const { town, staff } = await setUp(DUTY);
    const { trackingNumber } = await createRequest({ actor: staff, input: request(town.id), today: TODAY });
    const [queued, ...others] = await outboxOf(town.id);
    expect(others).toEqual([]);
    expect(queued).toMatchObject({ kind: "new_request", toAddress: DUTY, status: "pending", attempts: 0 });

    sink.refuseNext(451);
    expect(await sendDueMessages({ now: T0, mailer })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const refused = await db().outboxMessage.findUniqueOrThrow({ where: { id: queued!.id } });
    expect(refused).toMatchObject({ status: "pending", attempts: 1, lastError: "发信服务器拒收邮件（SMTP 451）", sentAt: null });
    expect(refused.nextAttemptAt).toEqual(minutes(RETRY_DELAYS_MINUTES[0]));
    expect(sink.received).toHaveLength(0);

    // Not due yet: nothing is tried.
    expect(await sendDueMessages({ now: minutes(0.5), mailer })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await sendDueMessages({ now: minutes(1), mailer })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await sendDueMessages({ now: minutes(60), mailer })).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const sent = await db().outboxMessage.findUniqueOrThrow({ where: { id: queued!.id } });
    expect(sent).toMatchObject({ status: "sent", attempts: 2, lastError: null, sentAt: minutes(1) });
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail!.to).toEqual([DUTY]);
    expect(mail!.headers.get("to")).toBe(DUTY);
    expect(mail!.subject).toBe(`【甲镇】收到政府信息公开申请 ${trackingNumber}`);
    expect(mail!.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(mail!.text).toContain(`本单位收到一件政府信息公开申请，登记编号 ${trackingNumber}，收到日期 2026年1月5日，答复期满日 2026年2月2日。`);
    // Staff mails name the request by number and dates, never the applicant.
    expect(mail!.text).not.toContain(SECRET_NAME);
  });

  it("gives a message up after the last attempt, and at once when the server refuses it for good", async () => {
    const { town, staff } = await setUp(DUTY);
    await createRequest({ actor: staff, input: request(town.id), today: TODAY });
    const [message] = await outboxOf(town.id);
    // Nothing listens on port 9 of this machine: every attempt fails to connect.
    const nowhere = smtpMailer("smtp://127.0.0.1:9", "noreply@example.gov.cn");
    let now = T0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const report = await sendDueMessages({ now, mailer: nowhere });
      expect(report).toEqual(attempt < MAX_ATTEMPTS ? { sent: 0, retrying: 1, failed: 0 } : { sent: 0, retrying: 0, failed: 1 });
      const row = await db().outboxMessage.findUniqueOrThrow({ where: { id: message!.id } });
      expect(row).toMatchObject({ attempts: attempt, lastError: "与发信服务器的连接失败", status: attempt < MAX_ATTEMPTS ? "pending" : "failed" });
      now = row.nextAttemptAt;
    }
    nowhere.close();

    await createRequest({ actor: staff, input: request(town.id), today: TODAY });
    sink.refuseNext(550);
    expect(await sendDueMessages({ now: T0, mailer })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const refused = (await outboxOf(town.id)).at(-1)!;
    expect(refused).toMatchObject({ status: "failed", attempts: 1, lastError: "发信服务器拒收邮件（SMTP 550）" });
    expect(refused.lastError).not.toContain(DUTY);
  });

  it("two senders at once send each message once", async () => {
    const { town, staff } = await setUp();
    for (let i = 0; i < 3; i++) await createRequest({ actor: staff, input: request(town.id), today: TODAY });
    const other = smtpMailer(sink.url, "noreply@example.gov.cn");
    const reports = await Promise.all([sendDueMessages({ now: T0, mailer }), sendDueMessages({ now: T0, mailer: other })]);
    other.close();
    expect(reports[0]!.sent + reports[1]!.sent).toBe(6);
    expect(sink.received).toHaveLength(6);
    expect(new Set(sink.received.map((m) => `${m.to.join()} ${m.subject}`)).size).toBe(6);
  });

  it("tells the applicant of receipt, 补正 and the answer in the unit's wording, and queues nothing when the write rolls back", async () => {
    const { town, staff } = await setUp("");
    await saveNotificationTemplate({
      actor: staff,
      input: { orgId: town.id, kind: "correction", subject: "补正通知 {编号}", body: "您的申请 {编号}（{收到日期}收到）需补正：\n{补正内容}\n查询：{查询地址}" },
    });
    const { id, trackingNumber } = await createRequest({ actor: staff, input: request(town.id), today: TODAY });
    // Without recipients and without the applicant's e-mail nothing is queued.
    expect(await outboxOf(town.id)).toEqual([]);

    await db().infoRequest.update({ where: { id }, data: { applicantEmail: APPLICANT } });
    await expect(
      db().$transaction(async (tx) => {
        await queueRequestNotices(tx, { requestId: id, occasion: "received" });
        throw new Error("the register write failed");
      }),
    ).rejects.toThrow("the register write failed");
    expect(await outboxOf(town.id)).toEqual([]);

    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "correction_requested", date: "2026-01-07", note: "请写明所需文件的文号。" }, today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "correction_received", date: "2026-01-09" }, today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "answered", date: "2026-01-16", outcome: "granted", note: "所申请信息见附件。" }, today: TODAY });
    const messages = await outboxOf(town.id);
    expect(messages.map((m) => [m.kind, m.toAddress])).toEqual([
      ["correction", APPLICANT],
      ["answer", APPLICANT],
    ]);
    expect(messages[0]).toMatchObject({
      subject: `补正通知 ${trackingNumber}`,
      body: `您的申请 ${trackingNumber}（2026年1月5日收到）需补正：\n请写明所需文件的文号。\n查询：（网站地址未配置）`,
    });
    expect(messages[1]!.body).toContain("所申请信息见附件。");
    expect(messages[1]!.subject).toBe(`甲镇对您的政府信息公开申请（编号 ${trackingNumber}）的答复`);

    // 恢复默认: the next 补正告知 is worded by default again.
    expect(await resetNotificationTemplate({ actor: staff, input: { orgId: town.id, kind: "correction" } })).toEqual({ changed: true });
    const settings = await getNotificationSettings({ actor: staff, orgId: town.id });
    expect(settings?.templates.find((t) => t.kind.key === "correction")).toMatchObject({ custom: false, subject: "请补正您的政府信息公开申请（编号 {编号}）" });
  });

  it("tells the applicant of an extension with the new due date, of a 延迟答复 with the period told and its reason, and of a 收费通知 with its amount", async () => {
    const { town, staff } = await setUp("");
    const extended = await createRequest({ actor: staff, input: request(town.id), today: TODAY });
    const delayed = await createRequest({ actor: staff, input: request(town.id), today: TODAY });
    const charged = await createRequest({ actor: staff, input: request(town.id), today: TODAY });
    await db().infoRequest.updateMany({ where: { id: { in: [extended.id, delayed.id, charged.id] } }, data: { applicantEmail: APPLICANT } });
    await addRequestEvent({ actor: staff, input: { requestId: extended.id, kind: "extended", date: "2026-01-20", approvedBy: "王主任" }, today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: delayed.id, kind: "delayed_reply", date: "2026-01-20", untilOn: "2026-03-31", note: "申请数量明显超过合理范围。" }, today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: charged.id, kind: "fee_notified", date: "2026-01-20", fee: { method: "per_page", quantity: 50 } }, today: TODAY });
    const messages = await outboxOf(town.id);
    expect(messages.map((m) => [m.kind, m.requestId])).toEqual([
      ["extension", extended.id],
      ["delayed_reply", delayed.id],
      ["fee_notice", charged.id],
    ]);
    const { dueOn } = await db().infoRequest.findUniqueOrThrow({ where: { id: extended.id } });
    expect(dueOn).toBe("2026-03-06"); // 40 working days from 2026-01-05: 春节 2/15–23 off, Sat 2/14 and 2/28 worked
    expect(messages[0]!.subject).toBe(`关于您的政府信息公开申请（编号 ${extended.trackingNumber}）延长答复期限的告知`);
    expect(messages[0]!.body).toContain("经本机关政府信息公开工作机构负责人同意，答复期限延长至 2026年3月6日");
    expect(messages[1]!.body).toContain("第三十五条，本机关确定延迟答复的合理期限至 2026年3月31日");
    expect(messages[1]!.body).toContain("申请数量明显超过合理范围。");
    expect(messages[2]!.body).toContain("200");
    expect(messages[2]!.body).toContain("20 个工作日内缴纳");
    for (const m of messages) expect(m.body).not.toContain(SECRET_NAME);
  });

  it("refuses a template with a placeholder its kind does not have, and keeps settings to the unit's staff and admins", async () => {
    const { town, staff, otherStaff, reviewer } = await setUp();
    expect(await errorOf(saveNotificationTemplate({ actor: staff, input: { orgId: town.id, kind: "new_request", subject: "新申请 {编号}", body: "申请人：{答复内容}" } }))).toEqual({
      code: "INVALID_INPUT",
      message: "“新申请”邮件没有占位符 {答复内容}；可用的有 {单位名称}、{编号}、{收到日期}、{期满日}、{登记地址}",
    });
    expect(await errorOf(saveNotificationRecipients({ actor: staff, input: { orgId: town.id, recipients: "duty@example.gov.cn, 不是地址" } }))).toEqual({
      code: "INVALID_INPUT",
      message: "不是有效的电子邮箱地址：不是地址",
    });
    expect(await errorOf(saveNotificationRecipients({ actor: otherStaff, input: { orgId: town.id, recipients: "x@example.gov.cn" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(saveNotificationRecipients({ actor: reviewer, input: { orgId: town.id, recipients: "x@example.gov.cn" } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await getNotificationSettings({ actor: reviewer, orgId: town.id })).toBeNull();
    expect(await getNotificationSettings({ actor: otherStaff, orgId: town.id })).toBeNull();

    // An admin manages any unit's settings but does not see the applicant's address in its outbox.
    const { id } = await createRequest({ actor: staff, input: request(town.id), today: TODAY });
    await db().infoRequest.update({ where: { id }, data: { applicantEmail: APPLICANT } });
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "correction_requested", date: "2026-01-07" }, today: TODAY });
    const addresses = (view: Awaited<ReturnType<typeof getNotificationSettings>>) => view?.outbox.map((m) => [m.kindLabel, m.toAddress]).sort();
    expect(addresses(await getNotificationSettings({ actor: CLI_ACTOR, orgId: town.id }))).toEqual([
      ["新申请", DUTY],
      ["新申请", "leader@example.gov.cn"],
      ["补正告知", null],
    ]);
    expect(addresses(await getNotificationSettings({ actor: staff, orgId: town.id }))).toContainEqual(["补正告知", APPLICANT]);
    const audit = await db().auditLog.findMany({ where: { entity: "notification", entityId: town.id } });
    expect(audit.map((a) => a.action)).toEqual(["recipients"]);
  });

  it("reminds staff once per request and due date, again after the due date moves, and not for closed requests or units without recipients", async () => {
    const { town, other, staff, otherStaff } = await setUp();
    // Received 2025-01-20: due 2025-02-21 (the Spring Festival holidays not counted).
    const { id } = await createRequest({ actor: staff, input: request(town.id, "2025-01-20"), today: TODAY });
    const closed = await createRequest({ actor: staff, input: request(town.id, "2025-01-20"), today: TODAY });
    await addRequestEvent({ actor: staff, input: { requestId: closed.id, kind: "answered", date: "2025-02-10", outcome: "granted" }, today: TODAY });
    await createRequest({ actor: otherStaff, input: request(other.id, "2025-01-20"), today: TODAY });
    await db().outboxMessage.deleteMany({ where: { orgId: { in: [town.id, other.id] } } });

    expect(await queueDueSoonReminders({ today: "2025-02-10" })).toBe(0);
    const [first, second] = await Promise.all([queueDueSoonReminders({ today: "2025-02-17" }), queueDueSoonReminders({ today: "2025-02-17" })]);
    expect(first + second).toBe(2);
    expect(await queueDueSoonReminders({ today: "2025-02-18" })).toBe(0);
    const reminders = await outboxOf(town.id);
    expect(reminders.map((m) => [m.kind, m.requestId, m.toAddress, m.subject])).toEqual([
      ["due_soon", id, DUTY, `【甲镇】申请 2025-0001 将于 2025年2月21日 到期`],
      ["due_soon", id, "leader@example.gov.cn", `【甲镇】申请 2025-0001 将于 2025年2月21日 到期`],
    ]);
    expect(await outboxOf(other.id)).toEqual([]);

    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "extended", date: "2025-02-18", approvedBy: "王主任" }, today: TODAY });
    expect(await queueDueSoonReminders({ today: "2025-03-17" })).toBe(2);
    expect((await outboxOf(town.id)).filter((m) => m.subject.endsWith("将于 2025年3月21日 到期")).map((m) => m.toAddress)).toEqual([DUTY, "leader@example.gov.cn"]);
  });
});
