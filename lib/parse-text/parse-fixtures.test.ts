// Each Pingtan fixture's narrative with its tables printed the ways published reports print them
// (lib/parse-text/testing.ts) reads back to its expected.json, with the narrative's sections intact.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "@/lib/cli/testing/run-cli";
import { parseReport } from "@/lib/parse-text";
import { readReport } from "@/lib/parse-text/read";
import { textDocument } from "@/lib/parse-text/source/text";
import { malformedRequests, reportDocument, reportHtml, reportText, type PrintedReport, type TableStyle } from "@/lib/parse-text/testing";
import type { ParsedReport } from "@/lib/parse-text/types";

const FIXTURES = path.resolve(PROJECT_ROOT, "../shared/fixtures/reports");
const NAMES = ["pingtan-2019", "pingtan-2021", "pingtan-2022"] as const;

function fixture(name: string): PrintedReport {
  const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, name, "expected.json"), "utf8"));
  return { ...expected, narrative: fs.readFileSync(path.join(FIXTURES, name, "narrative.txt"), "utf8") };
}

function read(text: string): ParsedReport {
  const result = parseReport(new TextEncoder().encode(text), "report.txt");
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

/** The sections of the narrative alone: the tables must add nothing to them and take nothing away. */
function narrativeSections(report: PrintedReport): Record<string, string> {
  const result = readReport(textDocument(report.narrative), { year: report.year });
  if (!result.ok) throw new Error(result.error);
  return result.report.sections;
}

describe.each(NAMES)("%s", (name) => {
  const report = fixture(name);
  const sections = narrativeSections(report);

  it.each<TableStyle>(["tsv", "archive-forced"])("printed as %s text, reads back to expected.json", (style) => {
    const parsed = read(reportText(report, style, { units: true }));
    expect(parsed.format).toBe(report.format);
    expect(parsed.year).toBe(report.year);
    expect(parsed.organization).toBe(report.organization);
    expect(parsed.cells).toEqual(report.cells);
    expect(parsed.uncertain).toEqual([]);
    expect(parsed.findings.filter((f) => f.severity === "error" || f.rule.startsWith("P"))).toEqual([]);
    expect(parsed.sections).toEqual(sections);
  });

  it("as a web page (HTML tables with rowspan and colspan), reads back to expected.json", () => {
    const result = parseReport(new TextEncoder().encode(reportHtml(report, { units: true })), "report.html");
    if (!result.ok) throw new Error(result.error);
    expect(result.report.source.kind).toBe("html");
    expect(result.report.organization).toBe(report.organization);
    expect(result.report.cells).toEqual(report.cells);
    expect(result.report.uncertain).toEqual([]);
    expect(result.report.sections).toEqual(sections);
  });

  it("as table blocks (a web page's or a Word file's tables), reads back to expected.json", () => {
    const result = readReport(reportDocument(report));
    if (!result.ok) throw new Error(result.error);
    expect(result.report.cells).toEqual(report.cells);
    expect(result.report.uncertain).toEqual([]);
    expect(result.report.sections).toEqual(sections);
  });
});

describe("pingtan-2021 as its page prints it", () => {
  const report = fixture("pingtan-2021");

  it("its page's HTML, 表三's header spanning more columns than the template, reads by label", () => {
    const html = reportHtml(report, { transform: malformedRequests });
    expect(html).toContain('<td colspan="8"><p>申请人情况</p></td>');
    const result = parseReport(new TextEncoder().encode(html), "report.html");
    if (!result.ok) throw new Error(result.error);
    expect(result.report.cells).toEqual(report.cells);
    expect(result.report.uncertain).toEqual([]);
  });

  it("a 表三 header spanning more columns than the template, and 商业企业 cells spanning two, still reads by label", () => {
    const result = readReport(reportDocument(report, { transform: malformedRequests }));
    if (!result.ok) throw new Error(result.error);
    expect(result.report.cells).toEqual(report.cells);
    expect(result.report.uncertain).toEqual([]);
  });

  it("all digits glued as in the archive's page.txt: 表三 and 表四 split by the identities, 表二's open rows left blank and flagged", () => {
    const parsed = read(reportText(report, "archive-all"));
    const t2Open = ["t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force"];
    for (const [key, value] of Object.entries(report.cells)) {
      if (t2Open.includes(key)) expect(parsed.cells[key], key).toBeNull();
      else expect(parsed.cells[key], key).toBe(value);
    }
    expect(parsed.uncertain.map((u) => u.key)).toEqual(t2Open);
    expect(parsed.uncertain[0].printed).toBe("693665");
    const p1 = parsed.findings.filter((f) => f.rule === "P1");
    expect(p1).toHaveLength(1);
    expect(p1[0].cells).toEqual(t2Open);
  });
});
