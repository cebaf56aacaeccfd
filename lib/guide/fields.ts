// The fields of a 政府信息公开指南 in the words of 条例第十二条, as the staff form asks for them
// and the public page shows them: one list, one label each.

/** The 工作机构 and how to reach it, in the order a guide gives them. */
export const GUIDE_CONTACT_FIELDS = [
  { key: "office", label: "政府信息公开工作机构" },
  { key: "address", label: "办公地址" },
  { key: "postcode", label: "邮政编码" },
  { key: "hours", label: "办公时间" },
  { key: "phone", label: "联系电话" },
  { key: "fax", label: "传真号码" },
  { key: "email", label: "电子邮箱" },
] as const;

/** The texts of the guide: the three the law words by default (lib/guide/law.ts), and the unit's own notes. */
export const GUIDE_TEXT_FIELDS = [
  { key: "applyChannels", label: "申请渠道" },
  { key: "fees", label: "收费" },
  { key: "remedies", label: "监督和救济途径" },
  { key: "notes", label: "其他事项" },
] as const;

export type GuideContactField = (typeof GUIDE_CONTACT_FIELDS)[number]["key"];
export type GuideTextField = (typeof GUIDE_TEXT_FIELDS)[number]["key"];
export type GuideField = GuideContactField | GuideTextField;

export const GUIDE_FIELD_LABELS = Object.fromEntries([...GUIDE_CONTACT_FIELDS, ...GUIDE_TEXT_FIELDS].map((f) => [f.key, f.label])) as Record<GuideField, string>;
