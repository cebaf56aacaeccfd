// The kinds of notification mail, the placeholders each may use, and their default wording: the
// one place for all three. A unit may word a kind its own way (NotificationTemplate); a
// placeholder is a word in braces, {编号}, replaced by the request's value when the mail is queued.
import { toYearMonthDay, type CalendarDate } from "@/lib/calendar/date";
import { DUE_SOON_WORKING_DAYS } from "@/lib/register/deadline";
import { FEE_PAYMENT_WORKING_DAYS } from "@/lib/register/fees";

export const PLACEHOLDERS = [
  { key: "单位名称", hint: "本单位名称", sample: "沙坡头区人民政府办公室" },
  { key: "编号", hint: "申请的登记编号", sample: "2026-0007" },
  { key: "收到日期", hint: "收到申请的日期", sample: "2026年1月5日" },
  { key: "期满日", hint: "答复期满日", sample: "2026年2月2日" },
  { key: "补正内容", hint: "告知补正时填写的补正要求", sample: "请写明所需信息的文号或者形成时间。" },
  { key: "答复内容", hint: "答复办结时填写的答复内容", sample: "经查，您申请的信息已于 2025 年 12 月在本单位网站主动公开，网址见附件。" },
  { key: "延迟理由", hint: "确定延迟答复时填写的理由", sample: "您本月申请公开的政府信息数量明显超过合理范围，经审查理由合理，但无法在法定期限内答复。" },
  { key: "收费说明", hint: "发出收费通知时记录的计费方式和金额", sample: "按量计收：50 页，第 31—50 页每页 10 元，合计 200 元。" },
  { key: "查询地址", hint: "申请人查询办理进度的网址", sample: "https://nianbao.example.gov.cn/apply/status" },
  { key: "登记地址", hint: "工作人员办理该申请的网址", sample: "https://nianbao.example.gov.cn/register/2026-0007" },
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number]["key"];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const STAFF_PLACEHOLDERS = ["单位名称", "编号", "收到日期", "期满日", "登记地址"] as const satisfies readonly Placeholder[];
const APPLICANT_PLACEHOLDERS = ["单位名称", "编号", "收到日期", "期满日", "查询地址"] as const satisfies readonly Placeholder[];

const SIGNATURE = "本邮件由系统自动发送，请勿直接回复。";

export interface NoticeTemplate {
  subject: string;
  body: string;
}

interface NoticeKindDefinition {
  key: string;
  label: string;
  /** staff: the unit's recipients (NotificationSettings); applicant: the e-mail the applicant gave */
  audience: "staff" | "applicant";
  /** when the mail is queued, as the settings page says it */
  when: string;
  placeholders: readonly Placeholder[];
  template: NoticeTemplate;
}

export const NOTICE_KINDS = [
  {
    key: "new_request",
    label: "新申请",
    audience: "staff",
    when: "收到一件政府信息公开申请时（工作人员登记或申请人网上申请）",
    placeholders: STAFF_PLACEHOLDERS,
    template: {
      subject: "【{单位名称}】收到政府信息公开申请 {编号}",
      body: `{单位名称}：\n\n本单位收到一件政府信息公开申请，登记编号 {编号}，收到日期 {收到日期}，答复期满日 {期满日}。\n\n请登录系统查看申请内容并及时办理：{登记地址}\n\n${SIGNATURE}`,
    },
  },
  {
    key: "due_soon",
    label: "即将到期",
    audience: "staff",
    when: `尚未办结的申请在 ${DUE_SOON_WORKING_DAYS} 个工作日内到期时（每个期满日只提醒一次）`,
    placeholders: STAFF_PLACEHOLDERS,
    template: {
      subject: "【{单位名称}】申请 {编号} 将于 {期满日} 到期",
      body: `{单位名称}：\n\n登记编号 {编号} 的政府信息公开申请（收到日期 {收到日期}）尚未办结，答复期限将于 {期满日} 届满。请在期限内作出答复；确需延长答复期限的，请按规定办理延期手续并告知申请人。\n\n办理页面：{登记地址}\n\n${SIGNATURE}`,
    },
  },
  {
    key: "receipt",
    label: "受理回执",
    audience: "applicant",
    when: "收到申请时",
    placeholders: APPLICANT_PLACEHOLDERS,
    template: {
      subject: "{单位名称}已收到您的政府信息公开申请（编号 {编号}）",
      body: `申请人：\n\n{单位名称}已于 {收到日期} 收到您的政府信息公开申请，登记编号为 {编号}。答复期限暂定至 {期满日}；如需补正、征求第三方意见或依法延长答复期限，期限将相应调整，并另行告知。\n\n您可以凭登记编号和申请时留下的电话或电子邮箱查询办理进度：{查询地址}\n\n${SIGNATURE}\n\n{单位名称}`,
    },
  },
  {
    key: "correction",
    label: "补正告知",
    audience: "applicant",
    when: "告知申请人补正时",
    placeholders: [...APPLICANT_PLACEHOLDERS, "补正内容"],
    template: {
      subject: "请补正您的政府信息公开申请（编号 {编号}）",
      body: `申请人：\n\n您于 {收到日期} 向{单位名称}提出的政府信息公开申请（登记编号 {编号}）内容不明确，请按以下要求补正：\n\n{补正内容}\n\n答复期限自本机关收到补正之日起计算。无正当理由逾期不补正的，视为放弃申请。您可以在查询页面提交补正：{查询地址}\n\n${SIGNATURE}\n\n{单位名称}`,
    },
  },
  {
    key: "answer",
    label: "答复",
    audience: "applicant",
    when: "答复办结时",
    placeholders: [...APPLICANT_PLACEHOLDERS, "答复内容"],
    template: {
      subject: "{单位名称}对您的政府信息公开申请（编号 {编号}）的答复",
      body: `申请人：\n\n您于 {收到日期} 提出的政府信息公开申请（登记编号 {编号}）已办结，答复如下：\n\n{答复内容}\n\n答复以本机关送达的答复书为准。您也可以凭登记编号查询：{查询地址}\n\n${SIGNATURE}\n\n{单位名称}`,
    },
  },
  {
    key: "extension",
    label: "延长答复告知",
    audience: "applicant",
    when: "延长答复期限时（条例规定应当告知申请人）",
    placeholders: [...APPLICANT_PLACEHOLDERS],
    template: {
      subject: "关于您的政府信息公开申请（编号 {编号}）延长答复期限的告知",
      body: `申请人：\n\n您于 {收到日期} 向{单位名称}提出的政府信息公开申请（登记编号 {编号}），因需要延长答复期限，经本机关政府信息公开工作机构负责人同意，答复期限延长至 {期满日}。\n\n您可以凭登记编号查询办理进度：{查询地址}\n\n${SIGNATURE}\n\n{单位名称}`,
    },
  },
  {
    key: "delayed_reply",
    label: "延迟答复告知",
    audience: "applicant",
    when: "依条例第三十五条确定延迟答复的合理期限时",
    placeholders: [...APPLICANT_PLACEHOLDERS, "延迟理由"],
    template: {
      subject: "关于您的政府信息公开申请（编号 {编号}）延迟答复的告知",
      body: `申请人：\n\n您于 {收到日期} 向{单位名称}提出的政府信息公开申请（登记编号 {编号}），依照《中华人民共和国政府信息公开条例》第三十五条，本机关确定延迟答复的合理期限至 {期满日}。理由如下：\n\n{延迟理由}\n\n您可以凭登记编号查询办理进度：{查询地址}\n\n${SIGNATURE}\n\n{单位名称}`,
    },
  },
  {
    key: "fee_notice",
    label: "收费通知",
    audience: "applicant",
    when: "发出收费通知时",
    placeholders: [...APPLICANT_PLACEHOLDERS, "收费说明"],
    template: {
      subject: "关于您的政府信息公开申请（编号 {编号}）的收费通知",
      body: `申请人：\n\n您于 {收到日期} 向{单位名称}提出的政府信息公开申请（登记编号 {编号}），依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）需收取信息处理费：\n\n{收费说明}\n\n请自收到收费通知之日起 ${FEE_PAYMENT_WORKING_DAYS} 个工作日内缴纳，缴费方式以本机关送达的收费通知书为准。逾期未缴纳的，本机关不再处理该申请。自发出收费通知至收到缴费期间，不计算在答复期限内。\n\n您可以凭登记编号查询办理进度：{查询地址}\n\n${SIGNATURE}\n\n{单位名称}`,
    },
  },
] as const satisfies readonly NoticeKindDefinition[];

export type NoticeKind = (typeof NOTICE_KINDS)[number]["key"];
export type NoticeKindInfo = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_KEYS = NOTICE_KINDS.map((k) => k.key) as readonly NoticeKind[];

export function isNoticeKind(value: string): value is NoticeKind {
  return (NOTICE_KIND_KEYS as readonly string[]).includes(value);
}

export function noticeKind(kind: NoticeKind): NoticeKindInfo {
  return NOTICE_KINDS.find((k) => k.key === kind)!;
}

export const SUBJECT_MAX = 200;
export const BODY_MAX = 5000;

/** What a placeholder stands for when its value is missing (a 补正 or an answer without a note). */
const WHEN_MISSING: Partial<Record<Placeholder, string>> = {
  期满日: "（等待补正，暂不计算）",
  补正内容: "（补正要求见本机关送达的补正告知书。）",
  答复内容: "（答复内容见本机关送达的答复书。）",
  延迟理由: "（理由见本机关送达的告知书。）",
  收费说明: "（金额见本机关送达的收费通知书。）",
  查询地址: "（网站地址未配置）",
  登记地址: "（网站地址未配置）",
};

const PLACEHOLDER = /\{([^{}\s]{1,20})\}/g;

/** The placeholders a text names that its kind does not know, in order, once each. */
export function unknownPlaceholders(kind: NoticeKind, text: string): string[] {
  const allowed = new Set<string>(noticeKind(kind).placeholders);
  const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !allowed.has(name));
  return [...new Set(unknown)];
}

function fill(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const key = name as Placeholder;
    return values[key] || WHEN_MISSING[key] || (PLACEHOLDERS.some((p) => p.key === name) ? "" : whole);
  });
}

/** The mail as sent: placeholders replaced; the subject on one line. */
export function renderNotice(template: NoticeTemplate, values: PlaceholderValues): NoticeTemplate {
  return {
    subject: fill(template.subject, values).replace(/\s+/g, " ").trim().slice(0, SUBJECT_MAX),
    body: fill(template.body, values),
  };
}

/** The sample values the settings page previews a template with. */
export const SAMPLE_VALUES: PlaceholderValues = Object.fromEntries(PLACEHOLDERS.map((p) => [p.key, p.sample]));

/** 2026-01-05 → 2026年1月5日, as the mails write a date. */
export function chineseDate(date: CalendarDate): string {
  const { year, month, day } = toYearMonthDay(date);
  return `${year}年${month}月${day}日`;
}
