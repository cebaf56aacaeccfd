// Test-only: the sample reports (the four fixtures' numbers with their narrative cut into
// sections) as reports an export is made of.
import fs from "node:fs";
import { sampleDataSchema, SAMPLE_DATA_FILE } from "@/lib/sample/schema";
import type { ExportableReport } from "./report";

export const samples = sampleDataSchema.parse(JSON.parse(fs.readFileSync(SAMPLE_DATA_FILE, "utf8"))).reports;

/** Sample `index` (0: 2018 legacy-2014, 1: 2019 gov-2019, 2 and 3: 2021 and 2022 gov-2021), published once. */
export function sampleReport(index: number, overrides: Partial<ExportableReport> = {}): ExportableReport {
  const { document, sections } = samples[index];
  return {
    format: document.format,
    year: document.year,
    orgName: document.organization,
    scope: "own",
    cells: document.cells,
    sections,
    publishedAt: new Date("2022-02-08T02:00:00Z"),
    revision: 1,
    ...overrides,
  };
}
