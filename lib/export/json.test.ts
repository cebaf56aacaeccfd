import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR, loadFixtures } from "../formats/fixtures.testutil";
import type { InterchangeDocument } from "../formats/types";
import { parseInterchange } from "../validations/interchange";
import { serializeInterchange, serializeWithSections } from "./json";

const fixtures = loadFixtures();

function parsed(input: unknown): InterchangeDocument {
  const result = parseInterchange(input);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

describe("serializeInterchange", () => {
  for (const { name, raw } of fixtures) {
    it(`writes ${name} exactly as its expected.json (2-space indent, trailing newline)`, () => {
      const text = fs.readFileSync(path.join(FIXTURES_DIR, name, "expected.json"), "utf8");
      expect(serializeInterchange(parsed(raw))).toBe(text.endsWith("\n") ? text : `${text}\n`);
    });

    it(`round-trips ${name} with blanks: parse → serialize → parse keeps every cell`, () => {
      const doc = parsed(raw);
      const keys = Object.keys(doc.cells);
      const withBlanks: InterchangeDocument = { ...doc, cells: { ...doc.cells, [keys[0]]: null, [keys[keys.length - 1]]: null } };
      const again = parsed(JSON.parse(serializeInterchange(withBlanks)));
      expect(again).toEqual(withBlanks);
      expect(again.cells[keys[0]]).toBeNull();
    });
  }

  it("writes the fields in interchange order and every cell of the format", () => {
    const doc = parsed({ cells: { "t3.new.natural": 1 }, organization: "某镇", year: 2022, format: "gov-2021" });
    const text = serializeInterchange(doc);
    const back = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(["format", "year", "organization", "cells"]);
    expect(Object.keys(back.cells as object)).toHaveLength(200);
    expect(text).toContain('\n  "cells": {\n    "t2.rules.issued": null,\n');
  });
});

describe("serializeWithSections", () => {
  const doc = parsed({ format: "gov-2021", year: 2022, organization: "某镇", cells: { "t3.new.natural": 4, "t3.new.business": 1 } });
  const sections = { other: "无。", overview: "共收到{{t3.new.natural}}件申请，{{t3.new.total}}件合计。" };

  it("stored: keeps references as written, after the interchange fields, sections in the format's order", () => {
    const back = JSON.parse(serializeWithSections(doc, sections, "stored")) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(["format", "year", "organization", "cells", "sections"]);
    expect(back.sections).toEqual({ overview: "共收到{{t3.new.natural}}件申请，{{t3.new.total}}件合计。", other: "无。" });
    expect(Object.keys(back.sections as object)).toEqual(["overview", "other"]);
    expect(parsed(back)).toEqual(doc);
  });

  it("resolved: each reference as its cell's value, computed totals included", () => {
    const back = JSON.parse(serializeWithSections(doc, sections, "resolved")) as { sections: Record<string, string> };
    expect(back.sections.overview).toBe("共收到4件申请，（未填）件合计。");
    const complete = { ...doc, cells: { ...doc.cells, "t3.new.research": 0, "t3.new.nonprofit": 0, "t3.new.legal": 0, "t3.new.other": 0 } };
    const again = JSON.parse(serializeWithSections(complete, sections, "resolved")) as { sections: Record<string, string> };
    expect(again.sections.overview).toBe("共收到4件申请，5件合计。");
  });
});
