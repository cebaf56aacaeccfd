// The register's own words: how a request came in, what can happen to it, and the kinds of
// disclosure channel. None of these is an official report label; where one of them must meet
// a label of a format (the legacy 统计表's 当面/传真/网络/信函 rows, its 政府公报/政府网站… rows),
// it carries the word by which that row is found, and lib/register/structure.ts finds it.

/** The date of receipt depends on how the request arrived: 条例第三十一条 for the four channels it
 * names; the "其他" channel is not among them, its rule is 国办公开办函〔2015〕207号 一.5.
 *
 * `legacyWord` finds the row of the legacy 统计表's 三(一) that counts the channel. That table has
 * four rows (当面、传真、网络、信函) and its 收到申请数 is their sum (rule L2), so every channel needs
 * one. "其他" is counted under 4.信函申请数: the 2007 条例 (art. 20) asked for a written application;
 * one neither handed over, faxed nor sent over the internet reached the agency as a paper document
 * by some other carrier (转送, 转办), which is the 信函 row's kind. Without a row, L2 would fail
 * on every derived legacy table with a 其他 request. */
export const CHANNELS = [
  { key: "in_person", label: "当面", aliases: ["当面申请", "现场", "现场申请"], legacyWord: "当面", basis: "条例第三十一条", receipt: "申请人当面提交政府信息公开申请的，以提交之日为收到申请之日" },
  { key: "post", label: "邮寄", aliases: ["信函", "邮寄申请", "信函申请", "邮件寄送"], legacyWord: "信函", basis: "条例第三十一条", receipt: "以邮寄方式提交的，以行政机关签收之日为收到申请之日；以平常信函等无需签收的邮寄方式提交的，以与申请人确认之日为收到申请之日" },
  { key: "online", label: "网络", aliases: ["网上", "网上申请", "网络申请", "在线", "互联网", "电子邮件"], legacyWord: "网络", basis: "条例第三十一条", receipt: "通过互联网渠道提交的，以双方确认之日为收到申请之日" },
  { key: "fax", label: "传真", aliases: ["传真申请"], legacyWord: "传真", basis: "条例第三十一条", receipt: "通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日" },
  { key: "other", label: "其他", aliases: ["其他方式"], legacyWord: "信函", basis: "国办公开办函〔2015〕207号 一.5", receipt: "以其他方式提交的，以行政机关确认收到之日为收到申请之日" },
] as const;

export type ChannelKey = (typeof CHANNELS)[number]["key"];
export const CHANNEL_KEYS = CHANNELS.map((c) => c.key) as readonly ChannelKey[];
export const CHANNEL_LABELS = Object.fromEntries(CHANNELS.map((c) => [c.key, c.label])) as Record<ChannelKey, string>;

export function isChannelKey(value: string): value is ChannelKey {
  return (CHANNEL_KEYS as readonly string[]).includes(value);
}

/** What can happen to a request after it is received, in the words staff use. */
export const EVENT_KINDS = [
  { key: "correction_requested", label: "告知补正" },
  { key: "correction_received", label: "收到补正" },
  { key: "consultation_started", label: "征求第三方或其他机关意见" },
  { key: "consultation_ended", label: "收到第三方或其他机关意见" },
  { key: "extended", label: "延长答复期限" },
  { key: "answered", label: "答复办结" },
  { key: "fee_charged", label: "收取信息处理费" },
  { key: "delayed_reply", label: "延迟答复" },
  { key: "fee_notified", label: "发出收费通知" },
  { key: "fee_paid", label: "收到缴费" },
] as const;

export type EventKind = (typeof EVENT_KINDS)[number]["key"];

/** The events whose amount is a fee received (收取信息处理费 recorded at once, or 收到缴费 after a 收费通知). */
export const FEE_RECEIVED_KINDS: readonly EventKind[] = ["fee_charged", "fee_paid"];
export const EVENT_KIND_KEYS = EVENT_KINDS.map((e) => e.key) as readonly EventKind[];
export const EVENT_KIND_LABELS = Object.fromEntries(EVENT_KINDS.map((e) => [e.key, e.label])) as Record<EventKind, string>;

export function isEventKind(value: string): value is EventKind {
  return (EVENT_KIND_KEYS as readonly string[]).includes(value);
}

/** 公开渠道 kinds (the ChannelKind enum of the schema) and the word of the legacy 一(二) row each feeds. */
export const DISCLOSURE_CHANNEL_KINDS = [
  { key: "gazette", label: "政府公报" },
  { key: "website", label: "政府网站" },
  { key: "weibo", label: "政务微博" },
  { key: "wechat", label: "政务微信" },
  { key: "other", label: "其他方式" },
] as const;

export type DisclosureChannelKind = (typeof DISCLOSURE_CHANNEL_KINDS)[number]["key"];

/**
 * 条例第二十九条 asks the applicant's 身份证明: the documents the online form accepts. `who`:
 * which applicants may give it (a person, an organisation, either).
 */
export const ID_TYPES = [
  { key: "resident_id", label: "居民身份证", who: "natural" },
  { key: "passport", label: "护照", who: "natural" },
  { key: "hk_macau", label: "港澳居民来往内地通行证", who: "natural" },
  { key: "taiwan", label: "台湾居民来往大陆通行证", who: "natural" },
  { key: "uscc", label: "统一社会信用代码", who: "organisation" },
  { key: "other", label: "其他", who: "either" },
] as const;

export type IdTypeKey = (typeof ID_TYPES)[number]["key"];

/** 条例第二十九条: 申请公开的政府信息的形式要求 (the form the information is wanted in). */
export const INFO_FORMS = [
  { key: "paper", label: "纸质" },
  { key: "email", label: "电子邮件" },
  { key: "disc", label: "光盘" },
  { key: "other", label: "其他" },
] as const;

/** 条例第二十九条: 获取信息的途径 (how the applicant receives it). */
export const DELIVERY_METHODS = [
  { key: "post", label: "邮寄" },
  { key: "email", label: "电子邮件" },
  { key: "pickup", label: "自行领取" },
  { key: "other", label: "其他" },
] as const;

export type DeliveryMethodKey = (typeof DELIVERY_METHODS)[number]["key"];

/** Where a request came from (InfoRequest.origin). */
export const REQUEST_ORIGINS = [
  { key: "staff", label: "工作人员登记" },
  { key: "online", label: "网络申请" },
] as const;

/** 列表中的标签 of a choice list above; the key itself when unknown. */
export function choiceLabel(list: readonly { key: string; label: string }[], key: string | null): string | null {
  if (key === null) return null;
  return list.find((c) => c.key === key)?.label ?? key;
}

/** A channel's entry of CHANNELS (its label, and the rule and source of its date of receipt). */
export function channelEntry(key: ChannelKey): (typeof CHANNELS)[number] {
  const entry = CHANNELS.find((c) => c.key === key);
  if (!entry) throw new Error(`unknown channel ${key}`);
  return entry;
}
