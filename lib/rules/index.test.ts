import { describe, expect, it } from "vitest";
import { emptyCells } from "../formats/engine";
import { loadFixtures } from "../formats/fixtures.testutil";
import { FORMATS, getFormat } from "../formats/index";
import type { Cells, Finding } from "../formats/types";
import { hasBlockingFindings, isValid, validateCells } from "./index";

const fixtures = loadFixtures();
const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);

describe("real reports validate with zero findings", () => {
  for (const { name, raw } of fixtures) {
    it(name, () => {
      const format = getFormat(raw.format);
      expect(validateCells({ format, cells: raw.cells })).toEqual([]);
      // None of them reports 规章, so even as a township nothing fires.
      expect(validateCells({ format, cells: raw.cells, orgKind: "township" })).toEqual([]);
    });
  }
});

describe.each(fixtures.filter((f) => f.raw.format !== "legacy-2014").map((f) => [f.name, f.raw] as const))("%s, broken", (_name, raw) => {
  const format = getFormat(raw.format);
  const validate = (changes: Cells) => validateCells({ format, cells: { ...raw.cells, ...changes } });
  const plusOne = (key: string) => ({ [key]: (raw.cells[key] as number) + 1 });

  it("t3.new.natural → I1 (自然人 column) and I3 (新收 row)", () => {
    const findings = validate(plusOne("t3.new.natural"));
    expect(rulesOf(findings)).toEqual(["I1", "I3"]);
    expect(findings[0].cells).toEqual(["t3.new.natural", "t3.carried_in.natural", "t3.total.natural", "t3.carried_out.natural"]);
  });

  it("t3.granted.total → I2 (总计 column) and I3 (予以公开 row), both naming the typed cell", () => {
    const findings = validate(plusOne("t3.granted.total"));
    expect(rulesOf(findings)).toEqual(["I2", "I3"]);
    for (const f of findings) expect(f.cells).toContain("t3.granted.total");
  });

  it("a 表四 cell → I7", () => {
    expect(validate(plusOne("t4.review.corrected"))).toMatchObject([{ rule: "I7", cells: ["t4.review.total", "t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.pending"] }]);
  });

  it("a negative count → I4 (plus the sums it breaks); in 表二 → I9", () => {
    expect(rulesOf(validate({ "t3.refused_secret.research": -1 }))).toEqual(["I2", "I3", "I4"]);
    expect(validate({ "t2.penalty.decisions": -1 })).toMatchObject([{ rule: "I9", cells: ["t2.penalty.decisions"] }]);
  });

  it("a blanked part → blank; a blanked total is computed and nothing fires", () => {
    expect(validate({ "t3.declined_repeat.natural": null })).toMatchObject([{ rule: "blank", cells: ["t3.declined_repeat.natural"] }]);
    expect(validate({ "t3.total.total": null, "t4.review.total": null })).toEqual([]);
  });

  it("a wrong typed total is an error that names both numbers", () => {
    const findings = validate({ "t4.suit_direct.total": 99 });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("总计 99，不等于");
  });
});

describe("legacy-2014, broken", () => {
  const raw = fixtures.find((f) => f.name === "wenchang-2018")!.raw;
  const format = getFormat(raw.format);
  const validate = (changes: Cells) => validateCells({ format, cells: { ...raw.cells, ...changes } });

  it("channels_total → L1 warning", () => {
    expect(validate({ "t1.channels_total.value": 506 })).toMatchObject([{ rule: "L1", severity: "warning" }]);
  });
  it("a negative count → I4; a blanked total is computed", () => {
    expect(rulesOf(validate({ "t1.trainees.value": -50 }))).toEqual(["I4"]);
    expect(validate({ "t1.staff_total.value": null })).toEqual([]);
  });
});

describe("ordering", () => {
  it("sorts by table, then rule, then cell position", () => {
    const raw = fixtures.find((f) => f.name === "pingtan-2021")!.raw;
    const findings = validateCells({
      format: getFormat(raw.format),
      cells: { ...raw.cells, "t4.review.upheld": 2, "t3.granted.natural": 28, "t2.rules.issued": -1, "t3.carried_out.natural": 0 },
    });
    expect(findings.map((f) => `${f.rule} ${f.cells[0]}`)).toEqual([
      "I9 t2.rules.issued",
      "I1 t3.new.natural",
      "I2 t3.total.natural",
      "I3 t3.granted.total",
      "I3 t3.carried_out.total",
      "I7 t4.review.total",
    ]);
  });
});

describe("blocking", () => {
  const format = FORMATS["gov-2021"];
  it("an empty report is valid (no errors) but blocked by its blanks", () => {
    const findings = validateCells({ format, cells: emptyCells(format) });
    expect(rulesOf(findings)).toEqual(["blank"]);
    expect(isValid(findings)).toBe(true);
    expect(hasBlockingFindings(findings)).toBe(true);
  });
  it("warnings alone do not block; errors do", () => {
    const warning: Finding = { rule: "W1", severity: "warning", cells: [], message: "" };
    const error: Finding = { rule: "I1", severity: "error", cells: [], message: "" };
    expect(hasBlockingFindings([warning])).toBe(false);
    expect(isValid([warning])).toBe(true);
    expect(hasBlockingFindings([warning, error])).toBe(true);
    expect(isValid([error])).toBe(false);
  });
});
