import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR, loadFixtures } from "../formats/fixtures.testutil";
import type { InterchangeDocument } from "../formats/types";
import { parseInterchange } from "../validations/interchange";
import { serializeInterchange } from "./json";

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
