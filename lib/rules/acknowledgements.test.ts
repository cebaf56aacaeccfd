import { describe, expect, it } from "vitest";
import type { Finding } from "../formats/types";
import {
  ACKNOWLEDGEMENT_REASON_MAX,
  acknowledgementOf,
  acknowledgementReasonProblem,
  acknowledgementRefusal,
  findingKey,
  unexplainedFindings,
  type Acknowledgement,
} from "./acknowledgements";
import { BLANK_RULE } from "./blank";

const i5: Finding = {
  rule: "I5",
  severity: "warning",
  needsReason: true,
  cells: ["t3.carried_in.natural"],
  sections: ["requests"],
  message: "表三「二、上年结转政府信息公开申请数量 自然人」为 0，而已发布的 2022 年度报告的 表三「四、结转下年度继续办理 自然人」为 1。",
};
const acknowledged = (finding: Finding, message = finding.message): Acknowledgement => ({
  key: findingKey(finding),
  rule: finding.rule,
  message,
  reason: "机构改革，原乡政府的申请由本镇继续办理",
  by: "张三",
  at: "2026-01-10T02:00:00.000Z",
});

describe("acknowledging warnings with a reason", () => {
  it("knows a finding by rule, cells and sections, whatever their order", () => {
    expect(findingKey({ rule: "W1", cells: ["b", "a"], sections: ["s"] })).toBe("W1|a,b|s");
    expect(findingKey({ rule: "W1", cells: ["a", "b"], sections: ["s"] })).toBe(findingKey({ rule: "W1", cells: ["b", "a"], sections: ["s"] }));
    expect(findingKey({ rule: "W1", cells: ["a"] })).not.toBe(findingKey({ rule: "W4", cells: ["a"] }));
  });

  it("refuses errors and blank cells, in Chinese", () => {
    expect(acknowledgementRefusal(i5)).toBeNull();
    expect(acknowledgementRefusal({ ...i5, rule: "I1", severity: "error" })).toBe("这是错误，不能以说明原因代替改正：请改正有关的数字。");
    expect(acknowledgementRefusal({ ...i5, rule: BLANK_RULE })).toBe("空白单元格不能以说明原因代替填写：没有数据的请填 0。");
  });

  it("requires a reason of at most the limit, after trimming", () => {
    expect(acknowledgementReasonProblem("  ")).toBe("请填写原因");
    expect(acknowledgementReasonProblem(` ${"因".repeat(ACKNOWLEDGEMENT_REASON_MAX)} `)).toBeNull();
    expect(acknowledgementReasonProblem("因".repeat(ACKNOWLEDGEMENT_REASON_MAX + 1))).toBe(`原因最多 ${ACKNOWLEDGEMENT_REASON_MAX} 字`);
  });

  it("holds while the warning says the same, and asks again once its numbers change", () => {
    expect(acknowledgementOf(i5, [])).toEqual({ status: "none" });
    expect(acknowledgementOf(i5, [acknowledged(i5)]).status).toBe("current");
    const changed = { ...i5, message: i5.message.replace("为 1", "为 3") };
    expect(acknowledgementOf(changed, [acknowledged(i5)])).toEqual({ status: "stale", acknowledgement: acknowledged(i5) });
  });

  it("keeps from 提交审核 only the warnings that need a reason and have none for their present numbers", () => {
    const w1: Finding = { rule: "W1", severity: "warning", cells: ["t3.other_misc.total", "t3.total.total"], message: "…" };
    expect(unexplainedFindings([i5, w1], [])).toEqual([i5]);
    expect(unexplainedFindings([i5, w1], [acknowledged(i5)])).toEqual([]);
    expect(unexplainedFindings([i5], [acknowledged(i5, "旧的数字")])).toEqual([i5]);
  });
});
