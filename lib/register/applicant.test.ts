import { describe, expect, it } from "vitest";
import { contactKey, creditCodeProblem, onlineApplicationSchema, residentIdProblem } from "@/lib/register/applicant";
import { z } from "@/lib/zod";

const TODAY = "2026-12-04";

const valid = {
  applicantType: "natural",
  applicantName: "张三",
  idType: "resident_id",
  idNumber: "11010519491231002x",
  phone: "138 1234 5678",
  email: "",
  address: "",
  infoTitle: "",
  infoDocNo: "",
  description: "2025年本镇道路维修资金的使用情况",
  formWanted: "paper",
  deliveryMethod: "pickup",
};

function fieldErrors(input: object): Record<string, string[] | undefined> {
  const parsed = onlineApplicationSchema(TODAY).safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("居民身份证号 (GB 11643)", () => {
  it("accepts real check characters, X included", () => {
    expect(residentIdProblem("11010519491231002X", TODAY)).toBeNull();
    expect(residentIdProblem("110101199003070935", TODAY)).toBeNull();
    expect(residentIdProblem("440524198001010013", TODAY)).toBeNull();
    expect(residentIdProblem("440524189001010013", TODAY)).toContain("出生日期");
  });
  it("refuses a wrong check character, a date that does not exist or is to come, and the wrong length", () => {
    expect(residentIdProblem("110105194912310021", TODAY)).toContain("校验位");
    expect(residentIdProblem("110101199002300934", TODAY)).toContain("出生日期");
    expect(residentIdProblem("110101203001010011", TODAY)).toContain("出生日期");
    expect(residentIdProblem("11010519491231002", TODAY)).toContain("18 位");
  });
});

describe("统一社会信用代码 (GB 32100)", () => {
  it("accepts a code with its check character", () => {
    expect(creditCodeProblem("91350100M000100Y43")).toBeNull();
  });
  it("refuses a wrong check character and letters the code does not use", () => {
    expect(creditCodeProblem("91350100M000100Y44")).toContain("校验位");
    expect(creditCodeProblem("91350100M000100I43")).toContain("不含 I");
  });
});

describe("the contact given for the status query", () => {
  it("reads a phone or an e-mail address as the form kept it", () => {
    expect(contactKey("0571 87654321")).toEqual({ phone: "0571-87654321" });
    expect(contactKey("A@B.CN")).toEqual({ email: "a@b.cn" });
    expect(contactKey("abc")).toBeNull();
  });
});

describe("the 网络申请 form", () => {
  it("reads a complete application", () => {
    const parsed = onlineApplicationSchema(TODAY).parse(valid);
    expect(parsed).toMatchObject({ idNumber: "11010519491231002X", phone: "13812345678", email: undefined, infoTitle: undefined });
  });
  it("says what is wrong beside each field", () => {
    const errors = fieldErrors({ ...valid, idNumber: "110105194912310021", phone: "123", email: "x@", description: "" });
    expect(errors.idNumber?.[0]).toContain("校验位");
    expect(errors.phone?.[0]).toContain("手机号码");
    expect(errors.email?.[0]).toContain("格式");
    expect(errors.description?.[0]).toContain("至少填写");
  });
  it("says every message at once, the cross-field ones too, while required fields are still missing", () => {
    const errors = fieldErrors({ phone: "123", email: "x@", deliveryMethod: "post" });
    expect(errors.applicantType?.[0]).toBe("请选择申请人类型");
    expect(errors.phone?.[0]).toContain("手机号码");
    expect(errors.email?.[0]).toContain("格式");
    expect(errors.address?.[0]).toContain("通信地址");
    expect(errors.description?.[0]).toContain("至少填写");
  });
  it("asks for an e-mail address for replies by e-mail and an address for the post", () => {
    const errors = fieldErrors({ ...valid, formWanted: "email", deliveryMethod: "post" });
    expect(errors.email?.[0]).toContain("请填写电子邮件地址");
    expect(errors.address?.[0]).toContain("通信地址");
  });
  it("asks what 其他 means when it is chosen, and drops what is written beside an option not chosen", () => {
    const errors = fieldErrors({ ...valid, formWanted: "other", deliveryMethod: "other", formOther: " ", deliveryOther: "" });
    expect(errors.formOther?.[0]).toBe("选择“其他”形式的，请注明所需信息的形式");
    expect(errors.deliveryOther?.[0]).toBe("选择“其他”途径的，请注明获取信息的途径");
    expect(fieldErrors({ ...valid, formOther: "U".repeat(51) }).formOther?.[0]).toBe("其他形式最多50字");
    const parsed = onlineApplicationSchema(TODAY).parse({ ...valid, formWanted: "other", formOther: " U盘 ", deliveryOther: "传真" });
    expect([parsed.formOther, parsed.deliveryMethod, parsed.deliveryOther]).toEqual(["U盘", "pickup", undefined]);
  });
  it("matches the document to the applicant: a credit code for organisations, checked", () => {
    expect(fieldErrors({ ...valid, idType: "uscc", idNumber: "91350100M000100Y43" }).idType?.[0]).toContain("自然人");
    expect(fieldErrors({ ...valid, applicantType: "business", idType: "resident_id" }).idType?.[0]).toContain("法人或其他组织");
    expect(fieldErrors({ ...valid, applicantType: "business", idType: "uscc", idNumber: "91350100M000100Y43" })).toEqual({});
    expect(fieldErrors({ ...valid, applicantType: "business", idType: "uscc", idNumber: "91350100M000100Y40" }).idNumber?.[0]).toContain("校验位");
  });
  it("refuses what is missing or too long, in Chinese", () => {
    const errors = fieldErrors({ ...valid, applicantType: "", applicantName: "", idType: "", formWanted: "", deliveryMethod: "", description: "长".repeat(2001) });
    expect(errors.applicantType?.[0]).toBe("请选择申请人类型");
    expect(errors.applicantName?.[0]).toBe("请填写申请人姓名或名称");
    expect(errors.idType?.[0]).toBe("请选择身份证明类型");
    expect(errors.formWanted?.[0]).toBe("请选择所需信息的形式");
    expect(errors.deliveryMethod?.[0]).toBe("请选择获取信息的方式");
    expect(errors.description?.[0]).toBe("内容描述最多2000字");
  });
});
