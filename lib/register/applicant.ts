// What the public 网络申请 form asks (条例第二十九条) and how each answer is checked, in one
// place: the 居民身份证号 by GB 11643 (its check character and a real birth date), the
// 统一社会信用代码 by GB 32100, a mainland mobile or a landline with its area code and the
// shape of an e-mail address (lib/contact.ts), and the lengths. Messages in Chinese, one per field.
import { z } from "@/lib/zod";
import { optionalText } from "@/lib/register/request-input";
import { EMAIL_MAX, normalizeEmail, normalizePhone } from "@/lib/contact";
import { applicantTypes } from "@/lib/register/structure";
import { DELIVERY_METHODS, ID_TYPES, INFO_FORMS, type IdTypeKey } from "@/lib/register/vocabulary";

export const APPLICANT_LIMITS = {
  name: 100,
  idNumber: 40,
  address: 200,
  email: EMAIL_MAX,
  infoTitle: 200,
  infoDocNo: 100,
  description: 2000,
  /** what is written beside 其他 (the form wanted, or how to receive it) */
  other: 50,
} as const;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** GB 11643: why an 18-digit 居民身份证号 is wrong, or null when it is right. */
export function residentIdProblem(value: string, today: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return "居民身份证号应为 18 位，前 17 位为数字，最后一位为数字或 X";
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth || birth < "1900-01-01" || birth > today) {
    return "居民身份证号中的出生日期无效，请核对";
  }
  if (ID_CHECK[sum % 11] !== value[17]) return "居民身份证号校验位不正确，请核对";
  return null;
}

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100: why a 统一社会信用代码 is wrong, or null when it is right. */
export function creditCodeProblem(value: string): string | null {
  if (value.length !== 18 || [...value].some((c) => !USCC_CHARS.includes(c))) {
    return "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）";
  }
  const sum = USCC_WEIGHTS.reduce((total, weight, i) => total + weight * USCC_CHARS.indexOf(value[i]), 0);
  if (USCC_CHARS[(31 - (sum % 31)) % 31] !== value[17]) return "统一社会信用代码校验位不正确，请核对";
  return null;
}


/** Whether an applicant of this 表三 column (自然人 or a kind of 法人或其他组织) may give this document. */
function idTypeFits(idType: IdTypeKey, applicantType: string): boolean {
  const who = ID_TYPES.find((t) => t.key === idType)?.who;
  return who === "either" || (who === "natural") === (applicantType === "natural");
}

const keys = <T extends { key: string }>(list: readonly T[]) => list.map((c) => c.key) as [T["key"], ...T["key"][]];

const required = (max: number, missing: string, what: string) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: `${what}最多${max}字` });

/** The form's fields (names as posted) and their checks; `today` (China) bounds a birth date. */
export function onlineApplicationSchema(today: string) {
  return z
    .object({
      applicantType: z.string({ error: "请选择申请人类型" }).refine((v) => applicantTypes().some((c) => c.key === v), { error: "请选择申请人类型" }),
      applicantName: required(APPLICANT_LIMITS.name, "请填写申请人姓名或名称", "姓名或名称"),
      idType: z.enum(keys(ID_TYPES), { error: "请选择身份证明类型" }),
      idNumber: required(APPLICANT_LIMITS.idNumber, "请填写证件号码", "证件号码").transform((v) => v.replace(/\s/g, "").toUpperCase()),
      phone: required(30, "请填写联系电话", "联系电话").refine((v) => normalizePhone(v) !== null, {
        error: "联系电话应为 11 位手机号码，或带区号的固定电话（如 0571-87654321）",
      }),
      email: optionalText(APPLICANT_LIMITS.email, "电子邮件").refine((v) => v === undefined || normalizeEmail(v) !== null, { error: "电子邮件地址格式不正确（如 name@example.com）" }),
      address: optionalText(APPLICANT_LIMITS.address, "通信地址"),
      infoTitle: optionalText(APPLICANT_LIMITS.infoTitle, "信息名称"),
      infoDocNo: optionalText(APPLICANT_LIMITS.infoDocNo, "文号"),
      description: optionalText(APPLICANT_LIMITS.description, "内容描述"),
      formWanted: z.enum(keys(INFO_FORMS), { error: "请选择所需信息的形式" }),
      formOther: optionalText(APPLICANT_LIMITS.other, "其他形式"),
      deliveryMethod: z.enum(keys(DELIVERY_METHODS), { error: "请选择获取信息的方式" }),
      deliveryOther: optionalText(APPLICANT_LIMITS.other, "其他途径"),
    })
    .superRefine(
      // What one field asks of another, said even while other fields are wrong (so that every
      // message shows at once): the fields are read as far as they were parsed.
      (parsed, ctx) => {
        const v = parsed as Partial<Record<keyof typeof parsed, unknown>>;
        const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
        const given = (name: keyof typeof parsed) => typeof v[name] === "string" && (v[name] as string).trim() !== "";
        const idType = ID_TYPES.find((t) => t.key === v.idType)?.key;
        if (idType && typeof v.applicantType === "string" && applicantTypes().some((c) => c.key === v.applicantType)) {
          if (!idTypeFits(idType, v.applicantType)) {
            problem("idType", v.applicantType === "natural" ? "自然人请选择居民身份证、护照、通行证或其他证件" : "法人或其他组织请选择统一社会信用代码或其他证件");
          } else if (given("idNumber")) {
            const idProblem = idNumberProblem(idType, (v.idNumber as string).replace(/\s/g, "").toUpperCase(), today);
            if (idProblem) problem("idNumber", idProblem);
          }
        }
        if ((v.formWanted === "email" || v.deliveryMethod === "email") && !given("email")) problem("email", "选择以电子邮件获取信息的，请填写电子邮件地址");
        if (v.deliveryMethod === "post" && !given("address")) problem("address", "选择邮寄的，请填写通信地址");
        if (v.formWanted === "other" && !given("formOther")) problem("formOther", "选择“其他”形式的，请注明所需信息的形式");
        if (v.deliveryMethod === "other" && !given("deliveryOther")) problem("deliveryOther", "选择“其他”途径的，请注明获取信息的途径");
        if (!given("infoTitle") && !given("infoDocNo") && !given("description")) problem("description", "请至少填写所需信息的名称、文号或内容描述中的一项");
      },
      { when: () => true },
    )
    .transform((v) => ({
      ...v,
      phone: normalizePhone(v.phone) ?? v.phone,
      email: v.email === undefined ? undefined : (normalizeEmail(v.email) ?? v.email),
      // what is written beside 其他 counts only when 其他 is chosen
      formOther: v.formWanted === "other" ? v.formOther : undefined,
      deliveryOther: v.deliveryMethod === "other" ? v.deliveryOther : undefined,
    }));
}

export type OnlineApplication = z.output<ReturnType<typeof onlineApplicationSchema>>;

function idNumberProblem(idType: IdTypeKey, value: string, today: string): string | null {
  switch (idType) {
    case "resident_id":
      return residentIdProblem(value, today);
    case "uscc":
      return creditCodeProblem(value);
    case "hk_macau":
      return /^[HM]\d{8}(\d{2})?$/.test(value) ? null : "港澳居民来往内地通行证号码应为 H 或 M 加 8 位或 10 位数字";
    case "taiwan":
      return /^\d{8}(\d{2})?$/.test(value) ? null : "台湾居民来往大陆通行证号码应为 8 位或 10 位数字";
    case "passport":
      return /^[A-Z0-9]{5,20}$/.test(value) ? null : "护照号码应为 5 至 20 位字母或数字";
    case "other":
      return value.length >= 2 ? null : "请填写完整的证件号码";
  }
}

/** What the status query accepts beside the tracking number: the phone or the e-mail given. */
export function contactKey(value: string): { phone: string } | { email: string } | null {
  const trimmed = value.trim();
  if (trimmed.includes("@")) {
    const email = normalizeEmail(trimmed);
    return email ? { email } : null;
  }
  const phone = normalizePhone(trimmed);
  return phone ? { phone } : null;
}
