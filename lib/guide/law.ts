// What a 政府信息公开指南 says because the law says it: the wording of 《中华人民共和国政府信息公开条例》
// (2019, 国务院令第711号) and of 国办函〔2020〕109号 that every unit's guide shows, in one place.
// The three texts a unit may rewrite (申请渠道, 收费, 救济途径) start as GUIDE_DEFAULTS; the
// periods and fee thresholds are read from the modules that compute them, never retyped.
import { LAW_IN_FORCE } from "@/lib/calendar/law";
import { perItemBand, perPageBand } from "@/lib/register/fees";
import { CHANNEL_LABELS, CHANNELS } from "@/lib/register/vocabulary";
import { GUIDE_CONTACT_FIELDS, GUIDE_TEXT_FIELDS, type GuideField } from "@/lib/guide/fields";

export const REGULATION = "《中华人民共和国政府信息公开条例》";
const FEE_RULES = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

/** A passage of the law with the article it comes from. */
export interface LegalText {
  basis: string;
  text: string;
}

/** 条例第十二条: what a guide contains, and that it is kept up to date. */
export const GUIDE_BASIS: LegalText = {
  basis: "条例第十二条",
  text: "政府信息公开指南包括政府信息的分类、编排体系、获取方式和政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等内容。",
};

/** 条例第二十六条: how soon information to be disclosed of the agency's own motion is published. */
export const ACTIVE_DISCLOSURE_PERIOD: LegalText = {
  basis: "条例第二十六条",
  text: "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。法律、法规对政府信息公开的期限另有规定的，从其规定。",
};

/** 条例第二十三条: the ways information is disclosed of the agency's own motion (the 公开目录 lists the unit's). */
export const ACTIVE_DISCLOSURE_MEANS: LegalText = {
  basis: "条例第二十三条",
  text: "行政机关将主动公开的政府信息通过政府公报、政府网站或者其他互联网政务媒体、新闻发布会以及报刊、广播、电视等途径予以公开。",
};

/** 条例第二十九条: how a request is made, and what it contains. */
export const APPLICATION_FORM: LegalText = {
  basis: "条例第二十九条",
  text: "公民、法人或者其他组织申请获取政府信息的，应当向行政机关的政府信息公开工作机构提出，并采用包括信件、数据电文在内的书面形式；采用书面形式确有困难的，申请人可以口头提出，由受理该申请的政府信息公开工作机构代为填写政府信息公开申请。",
};

export const APPLICATION_CONTENTS: readonly string[] = [
  "申请人的姓名或者名称、身份证明、联系方式；",
  "申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；",
  "申请公开的政府信息的形式要求，包括获取信息的方式、途径。",
];

/** 条例第三十一条: the day a request counts as received, for each channel the article names. */
export function receiptRules(): LegalText[] {
  return CHANNELS.filter((c) => c.basis === "条例第三十一条").map((c) => ({ basis: c.basis, text: `${c.receipt}。` }));
}

/** 条例第三十条: 补正, and when the reply period starts again. */
export const CORRECTION: LegalText = {
  basis: "条例第三十条",
  text:
    `申请内容不明确的，行政机关给予指导和释明，并自收到申请之日起${LAW_IN_FORCE.correctionRequest.workingDays}个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限；` +
    "答复期限自收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请。",
};

/** 条例第三十三条: the reply period and its one extension. */
export const REPLY_PERIOD: LegalText = {
  basis: "条例第三十三条",
  text:
    `能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起${LAW_IN_FORCE.replyWorkingDays}个工作日内予以答复；` +
    `需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过${LAW_IN_FORCE.maxExtensionWorkingDays}个工作日。` +
    "征求第三方和其他机关意见所需时间不计算在上述期限内。",
};

// The channels of 条例第三十一条 a guide offers by default, in the words of the register.
const IN_PERSON = CHANNEL_LABELS.in_person;
const POST = CHANNEL_LABELS.post;
const FAX = CHANNEL_LABELS.fax;
const ONLINE = CHANNEL_LABELS.online;

const DEFAULT_APPLY_CHANNELS = [
  `${APPLICATION_FORM.text}（${APPLICATION_FORM.basis}）`,
  `1.${IN_PERSON}申请：申请人可以到本机关政府信息公开工作机构的办公地址当面提交书面申请。`,
  `2.${POST}申请：申请人可以将书面申请寄至本机关政府信息公开工作机构的办公地址，请在信封上注明“政府信息公开申请”字样。`,
  `3.${FAX}申请：申请人可以将书面申请传真至本机关政府信息公开工作机构的传真号码，并电话确认。`,
  `4.${ONLINE}申请：申请人可以通过本网站的“网上申请”页面在线填写并提交申请，凭提交后取得的查询号查询办理进度。`,
].join("\n");

const DEFAULT_FEES = [
  `依据${REGULATION}第四十二条，行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以收取信息处理费。`,
  `信息处理费按照${FEE_RULES}计收：按件计收的，同一申请人一个自然月内累计申请${perItemBand(1).to}件以下（含${perItemBand(1).to}件）的，不收费；` +
    `按量计收的，同一申请${perPageBand(1).to}页以下（含${perPageBand(1).to}页）的，不收费；超出部分按该办法规定的标准超额累进计收。`,
].join("\n");

const DEFAULT_REMEDIES = [
  `公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（${REGULATION}第五十一条）。`,
  `认为本机关未按照要求主动公开政府信息或者对政府信息公开申请不依法答复处理的，可以向政府信息公开工作主管部门提出（${REGULATION}第四十七条）。`,
].join("\n");

/** The texts a unit may rewrite, as the law has them; a unit that keeps them stores nothing. */
export const GUIDE_DEFAULTS = {
  applyChannels: DEFAULT_APPLY_CHANNELS,
  fees: DEFAULT_FEES,
  remedies: DEFAULT_REMEDIES,
} as const;

export type GuideLegalField = keyof typeof GUIDE_DEFAULTS;
export const GUIDE_LEGAL_FIELDS = Object.keys(GUIDE_DEFAULTS) as GuideLegalField[];

/** Whitespace and line ends aside, is `text` the law's own wording of the field? */
export function isDefaultText(field: GuideLegalField, text: string): boolean {
  const plain = (s: string) => s.replace(/\s+/g, "");
  return plain(text) === plain(GUIDE_DEFAULTS[field]);
}

function isLegalField(field: GuideField): field is GuideLegalField {
  return field in GUIDE_DEFAULTS;
}

/** What the guide form starts with: the stored text, else the law's wording (or nothing). */
export function guideFormValues(stored: Readonly<Record<GuideField, string | null>> | null): Record<GuideField, string> {
  const fields = [...GUIDE_CONTACT_FIELDS, ...GUIDE_TEXT_FIELDS].map((f) => f.key);
  return Object.fromEntries(fields.map((key) => [key, stored?.[key] ?? (isLegalField(key) ? GUIDE_DEFAULTS[key] : "")])) as Record<GuideField, string>;
}
