// A report exported as Word (the application's own .docx: title, sections, the official tables)
// reads back through parseReport to the same cells and sections: every fixture, every format.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "@/lib/cli/testing/run-cli";
import { reportDocx } from "@/lib/export/docx";
import { parseReport } from "@/lib/parse-text";

const SAMPLE = JSON.parse(fs.readFileSync(path.resolve(PROJECT_ROOT, "lib/sample/sample-data.json"), "utf8")) as {
  reports: { document: { format: "legacy-2014" | "gov-2019" | "gov-2021"; year: number; organization: string; cells: Record<string, number | null> }; sections: Record<string, string> }[];
};

describe.each(SAMPLE.reports.map((r) => [`${r.document.organization} ${r.document.year}`, r] as const))("%s as a Word file", (_, sample) => {
  it("reads back to the same cells and sections", async () => {
    const { format, year, organization, cells } = sample.document;
    const bytes = await reportDocx({ format, year, orgName: organization, scope: "own", cells, sections: sample.sections, publishedAt: null, revision: null });
    const result = parseReport(new Uint8Array(bytes), `${organization}${year}.docx`);
    if (!result.ok) throw new Error(result.error);
    const { report } = result;
    expect(report.source.kind).toBe("docx");
    expect([report.format, report.year, report.organization]).toEqual([format, year, organization]);
    expect(report.cells).toEqual({ ...cells });
    expect(report.uncertain).toEqual([]);
    expect(report.sections).toEqual(sample.sections);
  });
});
