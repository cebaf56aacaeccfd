// Input of the 政府信息公开指南 form, shared by the form's action and lib/data/guides.ts.
import { z } from "@/lib/zod";
import { optionalText } from "@/lib/register/request-input";
import { isOfficePhone, normalizeEmail } from "@/lib/contact";
import { GUIDE_FIELD_LABELS as L } from "@/lib/guide/fields";

/** Several numbers of one field are separated by 、，, ; or a space. */
const SEPARATORS = /[、，,；;\s]+/;

const phoneList = (what: string, several: boolean) =>
  optionalText(100, what).refine(
    (text) => {
      if (text === undefined) return true;
      const numbers = text.split(SEPARATORS).filter(Boolean);
      return (several || numbers.length === 1) && numbers.every(isOfficePhone);
    },
    { error: `${what}格式不正确：如 0951-1234567 或 13912345678${several ? "，多个号码用“、”分隔" : ""}` },
  );

export const guideSchema = z.object({
  orgId: z.string({ error: "缺少单位" }).min(1, { error: "缺少单位" }),
  /** the version the form was filled from (0: no guide yet) */
  version: z.coerce.number({ error: "缺少版本" }).int().min(0),
  office: z
    .string({ error: `请填写${L.office}名称` })
    .trim()
    .min(1, { error: `请填写${L.office}名称` })
    .max(100, { error: `${L.office}名称最多100字` }),
  address: optionalText(200, L.address),
  hours: optionalText(200, L.hours),
  phone: phoneList(L.phone, true),
  fax: phoneList(L.fax, false),
  email: optionalText(100, L.email).refine((text) => text === undefined || normalizeEmail(text) !== null, {
    error: `${L.email}格式不正确，如 gongkai@example.gov.cn`,
  }),
  postcode: optionalText(20, L.postcode).refine((text) => text === undefined || /^\d{6}$/.test(text), { error: `${L.postcode}应为6位数字` }),
  applyChannels: optionalText(2000, L.applyChannels),
  fees: optionalText(2000, L.fees),
  remedies: optionalText(2000, L.remedies),
  notes: optionalText(2000, L.notes),
});

export type GuideInput = z.input<typeof guideSchema>;
export type GuideValues = z.output<typeof guideSchema>;
