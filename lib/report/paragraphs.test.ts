import { describe, expect, it } from "vitest";
import { FORMATS } from "../formats/index";
import { referenceResolver } from "../narrative/references";
import { paragraphPieces, paragraphsOf } from "./paragraphs";

const resolver = referenceResolver(FORMATS["gov-2021"], { "t3.new.total": 70, "t3.total.total": 69 });

describe("a section's text as paragraphs", () => {
  it("gives one paragraph per line, blank lines dropped, references as values", () => {
    expect(paragraphsOf("  共收到{{t3.new.total}}件申请。\r\n\n办结{{t3.total.total}}件。  ", resolver)).toEqual(["共收到70件申请。", "办结69件。"]);
  });

  it("never prints a token, not even one for an unknown cell", () => {
    expect(paragraphsOf("{{t1.req_received.value}}件", resolver)).toEqual(["〔无效引用：t1.req_received.value〕件"]);
  });

  it("marks the passage a finding points at, a reference inside it included", () => {
    const text = "引言。\n共收到{{t3.new.total}}件申请，办结68件。其他。";
    const start = text.indexOf("共收到");
    const end = text.indexOf("其他");
    expect(paragraphPieces(text, resolver, [{ start, end, severity: "warning" }])).toEqual([
      [{ text: "引言。" }],
      [
        { text: "共收到", flag: "warning" },
        { text: "70", ref: "t3.new.total", flag: "warning" },
        { text: "件申请，办结68件。", flag: "warning" },
        { text: "其他。" },
      ],
    ]);
  });
});
