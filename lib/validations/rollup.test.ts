import { describe, expect, it } from "vitest";
import { rollupChoiceSchema } from "@/lib/validations/rollup";

describe("rollupChoiceSchema", () => {
  it("reads a form or query without the flags as both unset", () => {
    expect(rollupChoiceSchema.parse({ parent: "shapotou", year: "2021" })).toEqual({ parent: "shapotou", year: 2021, submitted: false, own: false });
  });

  it("reads checked boxes and query flags as set", () => {
    expect(rollupChoiceSchema.parse({ parent: "x", year: 2021, submitted: "1", own: "on" })).toMatchObject({ submitted: true, own: true });
  });

  it("says in Chinese what is missing", () => {
    const result = rollupChoiceSchema.safeParse({ year: "20" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["请选择上级单位", "年度须为2008至2100之间的四位数字"]);
  });
});
