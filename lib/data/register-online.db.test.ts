import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addRequestEvent, createRequest, getRequest } from "@/lib/data/register";
import { addApplicantCorrection, applicantStatus, createOnlineRequest, findApplicantRequests, findApplyUnit } from "@/lib/data/register-online";
import { errorOf, makeCounty } from "@/lib/data/test-factories";
import { onlineApplicationSchema, type OnlineApplication } from "@/lib/register/applicant";

const SECRET_NAME = "网申申请人4b1c";
const ID_NUMBER = "11010519491231002X";

function application(phone: string, extra: Partial<Record<string, string>> = {}): OnlineApplication {
  return onlineApplicationSchema("2025-01-20").parse({
    applicantType: "natural",
    applicantName: SECRET_NAME,
    idType: "resident_id",
    idNumber: ID_NUMBER,
    phone,
    email: "Applicant@Example.cn",
    infoTitle: "道路维修资金使用情况",
    infoDocNo: "甲政发〔2024〕3号",
    formWanted: "email",
    deliveryMethod: "email",
    ...extra,
  });
}

describe("网络申请 on the database", () => {
  it("numbers an online request with the staff's, receives it today, and audits it as 网络申请 without personal data", async () => {
    const { town, staff } = await makeCounty();
    expect(await findApplyUnit(town.slug)).toMatchObject({ id: town.id, name: "甲镇" });
    const typed = await createRequest({ actor: staff, input: { orgId: town.id, channel: "in_person", receivedOn: "2025-01-20", applicantType: "natural", subject: "当面" }, today: "2025-01-20" });
    expect(typed.trackingNumber).toBe("2025-0001");
    const created = await createOnlineRequest({ orgId: town.id, input: application("13800001111"), today: "2025-01-20" });
    expect(created).toMatchObject({ trackingNumber: "2025-0002", receivedOn: "2025-01-20", dueOn: "2025-02-21" });
    const row = await db().infoRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      origin: "online",
      channel: "online",
      applicantIdType: "resident_id",
      applicantIdNumber: ID_NUMBER,
      applicantPhone: "13800001111",
      applicantEmail: "applicant@example.cn",
      formWanted: "电子邮件",
      deliveryMethod: "email",
      subject: "道路维修资金使用情况 甲政发〔2024〕3号",
    });
    const audit = await db().auditLog.findMany({ where: { entity: "request", entityId: created.id } });
    expect(audit.map((a) => [a.action, a.via, a.actorId])).toEqual([["create", "网络申请", null]]);
    expect(JSON.stringify(audit)).not.toContain(SECRET_NAME);
    expect(JSON.stringify(audit)).not.toContain(ID_NUMBER);
    // The unit's staff see the applicant; the register is the unit's like any other request.
    expect(await getRequest({ actor: staff, requestId: created.id, today: "2025-01-21" })).toMatchObject({ applicantName: SECRET_NAME, state: "open" });
  });

  it("keeps what the applicant wrote beside 其他, for the form wanted and for how to receive it", async () => {
    const { town, staff } = await makeCounty();
    const input = application("13800004444", { formWanted: "other", formOther: "U盘", deliveryMethod: "other", deliveryOther: "传真至 0571-87654321" });
    const created = await createOnlineRequest({ orgId: town.id, input, today: "2025-01-20" });
    expect(await getRequest({ actor: staff, requestId: created.id, today: "2025-01-21" })).toMatchObject({
      formWanted: "其他：U盘",
      deliveryMethod: "other",
      deliveryOther: "传真至 0571-87654321",
    });
  });

  it("finds a request only by its number with the phone or e-mail given, and shows the applicant only its status", async () => {
    const { town, other } = await makeCounty();
    const mine = await createOnlineRequest({ orgId: town.id, input: application("13800002222"), today: "2025-01-20" });
    const theirs = await createOnlineRequest({ orgId: other.id, input: application("13900003333", { email: "other@example.cn" }), today: "2025-01-20" });
    expect(await findApplicantRequests({ trackingNumber: mine.trackingNumber, contact: { phone: "13800002222" } })).toEqual([mine.id]);
    expect(await findApplicantRequests({ trackingNumber: mine.trackingNumber, contact: { email: "applicant@example.cn" } })).toContain(mine.id);
    expect(await findApplicantRequests({ trackingNumber: mine.trackingNumber, contact: { phone: "13800002223" } })).toEqual([]);
    // the other unit's request has the same number: this phone does not reach it
    expect(theirs.trackingNumber).toBe(mine.trackingNumber);
    expect(await findApplicantRequests({ trackingNumber: theirs.trackingNumber, contact: { phone: "13800002222" } })).not.toContain(theirs.id);
    const [status] = await applicantStatus([mine.id]);
    expect(status).toMatchObject({ unitName: "甲镇", trackingNumber: mine.trackingNumber, receivedOn: "2025-01-20", state: "open", stateLabel: "办理中", dueOn: "2025-02-21", correction: null, reply: null });
    expect(JSON.stringify(status)).not.toContain(SECRET_NAME);
    expect(JSON.stringify(status)).not.toContain("13800002222");
  });

  it("takes the applicant's 补正 online, restarting the 20 working days from that day, then shows the reply", async () => {
    const { town, staff } = await makeCounty();
    const { id } = await createOnlineRequest({ orgId: town.id, input: application("13800004444"), today: "2025-01-20" });
    expect(await errorOf(addApplicantCorrection({ requestId: id, note: "补充说明", today: "2025-01-21" }))).toMatchObject({ code: "INVALID_STATE" });
    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "correction_requested", date: "2025-01-22", note: "请说明所需资金的年度和路段" }, today: "2025-01-22" });
    let [status] = await applicantStatus([id]);
    expect(status).toMatchObject({ state: "awaiting_correction", stateLabel: "等待补正", dueOn: null, deadline: null, correction: { askedOn: "2025-01-22", text: "请说明所需资金的年度和路段", answeredOn: null } });

    await expect(addApplicantCorrection({ requestId: id, note: "2024年度，沿河路", today: "2025-03-03" })).resolves.toEqual({ dueOn: "2025-03-31", state: "open" });
    [status] = await applicantStatus([id]);
    expect(status).toMatchObject({ state: "open", dueOn: "2025-03-31", correction: { answeredOn: "2025-03-03", answerText: "2024年度，沿河路", byApplicant: true } });
    expect(status.deadline?.days[0]).toMatchObject({ date: "2025-03-03" });
    const event = await db().requestEvent.findFirstOrThrow({ where: { requestId: id, kind: "correction_received" } });
    expect(event).toMatchObject({ byApplicant: true, date: "2025-03-03", note: "2024年度，沿河路" });
    const audit = await db().auditLog.findMany({ where: { entityId: id, action: "event:correction_received" } });
    expect(audit.map((a) => [a.via, a.actorId])).toEqual([["申请人网上补正", null]]);
    // once is enough: a second answer is refused
    expect(await errorOf(addApplicantCorrection({ requestId: id, note: "再补充", today: "2025-03-04" }))).toMatchObject({ code: "INVALID_STATE" });

    await addRequestEvent({ actor: staff, input: { requestId: id, kind: "answered", date: "2025-03-10", outcome: "granted", note: "所需信息见附件，已发送至您的电子邮箱。" }, today: "2025-03-10" });
    [status] = await applicantStatus([id]);
    expect(status).toMatchObject({ state: "closed", stateLabel: "已办结", reply: { answeredOn: "2025-03-10", outcome: "（一）予以公开", text: "所需信息见附件，已发送至您的电子邮箱。" } });
  });

  it("tells the applicant of a 延迟答复 (条例第三十五条) and of a 收费通知 with its last day to pay", async () => {
    const { town, staff } = await makeCounty();
    const delayed = await createOnlineRequest({ orgId: town.id, input: application("13800005555"), today: "2025-01-20" });
    await addRequestEvent({ actor: staff, input: { requestId: delayed.id, kind: "delayed_reply", date: "2025-02-10", untilOn: "2025-04-30", note: "申请数量明显超过合理范围" }, today: "2025-02-10" });
    let [status] = await applicantStatus([delayed.id]);
    expect(status).toMatchObject({ dueOn: "2025-04-30", stateLabel: "办理中（延迟答复）", delayedReply: { toldOn: "2025-02-10", untilOn: "2025-04-30", reason: "申请数量明显超过合理范围" } });
    // the statutory period is still explained: 20 working days from 2025-01-20
    expect(status?.deadline?.due).toBe("2025-02-21");

    const charged = await createOnlineRequest({ orgId: town.id, input: application("13800006666"), today: "2025-01-20" });
    await addRequestEvent({ actor: staff, input: { requestId: charged.id, kind: "fee_notified", date: "2025-02-12", fee: { method: "per_page", quantity: 50 } }, today: "2025-02-12" });
    [status] = await applicantStatus([charged.id]);
    // 20 working days from 2025-02-12, the notice day not counted
    expect(status?.feeNotice).toEqual({ notifiedOn: "2025-02-12", payBy: "2025-03-12", paidOn: null, amountYuan: 200 });
    expect(JSON.stringify(status)).not.toContain(SECRET_NAME);
  });

  it("leaves requests typed in by staff out of the public's reach", async () => {
    const { town, staff } = await makeCounty();
    const typed = await createRequest({ actor: staff, input: { orgId: town.id, channel: "in_person", receivedOn: "2025-01-20", applicantType: "natural", subject: "x" }, today: "2025-01-20" });
    expect(await applicantStatus([typed.id])).toEqual([]);
    expect(await errorOf(addApplicantCorrection({ requestId: typed.id, note: "x", today: "2025-01-21" }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
