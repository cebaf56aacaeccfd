import { describe, expect, it } from "vitest";
import { FORMATS } from "../formats/index";
import { BLANK_REFERENCE, maskReferences, parseReferences, referencedKeys, referenceResolver, referenceToken, unknownReference } from "./references";

const gov2021 = FORMATS["gov-2021"];

describe("references to cells in a section's text", () => {
  it("writes a reference as the key in double braces", () => {
    expect(referenceToken("t3.new.total")).toBe("{{t3.new.total}}");
  });

  it("splits text into plain runs and references with their offsets in the text as written", () => {
    expect(parseReferences("共收到{{t3.new.total}}件申请")).toEqual([
      { type: "text", text: "共收到", start: 0, end: 3 },
      { type: "ref", key: "t3.new.total", start: 3, end: 19 },
      { type: "text", text: "件申请", start: 19, end: 22 },
    ]);
  });

  it("accepts spaces inside the braces, as a user may type them", () => {
    expect(referencedKeys("{{ t3.new.total }}与{{t4.review.total}}、{{t3.new.total}}")).toEqual(["t3.new.total", "t4.review.total"]);
  });

  it("leaves braces that hold no key as text: {{}}, {{总计}}, a single brace, an unclosed reference", () => {
    for (const text of ["{{}}", "{{总计}}", "{t3.new.total}", "{{t3.new.total", "{{t3.new}}", "{{T3.NEW.TOTAL}}", "}}{{"]) {
      expect(parseReferences(text)).toEqual([{ type: "text", text, start: 0, end: text.length }]);
    }
  });

  it("reads a backslash before {{ as literal braces, without the backslash", () => {
    const text = String.raw`写作\{{t3.new.total}}即可引用`;
    expect(parseReferences(text)).toEqual([{ type: "text", text: "写作{{t3.new.total}}即可引用", start: 0, end: text.length }]);
    expect(referenceResolver(gov2021, { "t3.new.total": 70 }).resolve(text)).toBe("写作{{t3.new.total}}即可引用");
  });

  it("resolves a reference to the cell's value, a computed total included", () => {
    const cells = { "t4.review.upheld": 1, "t4.review.corrected": 0, "t4.review.other": 2, "t4.review.pending": 0, "t4.review.total": null };
    expect(referenceResolver(gov2021, cells).resolve("行政复议{{t4.review.total}}件，维持{{t4.review.upheld}}件。")).toBe("行政复议3件，维持1件。");
  });

  it("shows a blank cell as blank and an unknown key as an invalid reference, never a 0 or the token", () => {
    const resolver = referenceResolver(gov2021, {});
    expect(resolver.resolve("{{t3.new.total}}")).toBe(BLANK_REFERENCE);
    expect(resolver.resolve("{{t1.req_received.value}}")).toBe(unknownReference("t1.req_received.value"));
    expect(resolver.value("t9.nothing.here")).toBeNull();
  });

  it("resolves money with its decimals as the table shows them", () => {
    expect(referenceResolver(gov2021, { "t2.fees.amount": 24252.311082 }).resolve("{{t2.fees.amount}}万元")).toBe("24252.311082万元");
  });

  it("masks references with as many characters, none of them a digit", () => {
    const text = "收到{{t3.new.total}}件，办结69件";
    const masked = maskReferences(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.slice(0, 2)).toBe("收到");
    expect(masked.slice(18)).toBe(text.slice(18));
    expect(/\d/.test(masked.slice(2, 18))).toBe(false);
  });

  it("never throws on odd input", () => {
    for (const text of ["", "{{", "}}", "\\", "\\{{", "{{{t3.new.total}}}", "{{t3.new.total}}}}", "\u0000{{t3.new.total}}"]) {
      expect(() => referenceResolver(gov2021, {}).resolve(text)).not.toThrow();
    }
    expect(referenceResolver(gov2021, { "t3.new.total": 5 }).resolve("{{{t3.new.total}}}")).toBe("{5}");
  });
});
