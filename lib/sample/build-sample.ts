// Developer tool, not used at run time: writes lib/sample/sample-data.json from the shared
// fixtures (published reports of 文昌镇 2018 and 平潭综合实验区 2019/2021/2022).
//   npx tsx lib/sample/build-sample.ts [SHARED_DIR]      (default ../shared)
// Cells come from each fixture's expected.json; narrative sections are cut at the format's
// own section headings, so the keys are the format's section keys.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { getFormat } from "@/lib/formats";
import type { FormatDef, InterchangeDocument } from "@/lib/formats/types";
import { validateCells } from "@/lib/rules";
import { parseInterchange } from "@/lib/validations/interchange";
import { readSections } from "@/lib/parse-text/read/sections";
import { readTitle } from "@/lib/parse-text/read/title";
import { textDocument } from "@/lib/parse-text/source/text";
import { SAMPLE_DATA_FILE, type SampleData, type SampleOrg } from "@/lib/sample/schema";

const ORGS: SampleOrg[] = [
  { slug: "shapotou", name: "中卫市沙坡头区", kind: "county" },
  { slug: "wenchang", name: "文昌镇", kind: "township", parent: "shapotou" },
  { slug: "binhe", name: "滨河镇", kind: "township", parent: "shapotou" },
  { slug: "dongyuan", name: "东园镇", kind: "township", parent: "shapotou" },
  { slug: "pingtan", name: "平潭综合实验区", kind: "county" },
];

interface ReportSource {
  org: string;
  fixture: string;
  /** the report's text: the seed (OCR of a PDF) or the fixture's narrative.txt */
  text: string;
  source?: string;
}

const REPORTS: ReportSource[] = [
  {
    org: "wenchang",
    fixture: "wenchang-2018",
    text: "seeds/000_8522b7fa46d6f532.txt",
    source: "文昌镇人民政府《文昌镇2018年政府信息公开工作年度报告》，沙坡头区人民政府网站（http://www.spt.gov.cn/）",
  },
  { org: "pingtan", fixture: "pingtan-2019", text: "fixtures/reports/pingtan-2019/narrative.txt" },
  { org: "pingtan", fixture: "pingtan-2021", text: "fixtures/reports/pingtan-2021/narrative.txt" },
  { org: "pingtan", fixture: "pingtan-2022", text: "fixtures/reports/pingtan-2022/narrative.txt" },
];

/** The narrative by the format's section keys, cut as parse-text cuts a published report's text. */
function splitSections(format: FormatDef, text: string): Record<string, string> {
  const source = textDocument(text);
  const title = readTitle(source);
  const sections = readSections({ format, source, skip: new Set(title ? [title.block] : []) });
  for (const section of format.sections) {
    if (section.narrative && !section.untitled && sections[section.key] === undefined && section.table === undefined) {
      throw new Error(`${format.id}: no text under ${section.heading}`);
    }
  }
  return sections;
}

function readDocument(file: string): InterchangeDocument {
  const result = parseInterchange(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return result.doc;
}

function sourceOf(readme: string): string | undefined {
  return /source: (https?:\/\/\S+)/.exec(readme)?.[1];
}

/** "source: https://… (published 2022-02-08" in the fixture's README; the 文昌镇 seed prints no date. */
function publishedOnOf(readme: string): string | undefined {
  return /source: https?:\/\/\S+ \(published (\d{4}-\d{2}-\d{2})/.exec(readme)?.[1];
}

export function buildSampleData(sharedDir: string): SampleData {
  const reports = REPORTS.map((report) => {
    const fixtureDir = path.join(sharedDir, "fixtures/reports", report.fixture);
    const document = readDocument(path.join(fixtureDir, "expected.json"));
    const format = getFormat(document.format);
    const errors = validateCells({ format, cells: document.cells }).filter((finding) => finding.severity === "error");
    if (errors.length > 0) throw new Error(`${report.fixture}: ${errors.map((finding) => finding.message).join("; ")}`);
    const text = fs.readFileSync(path.join(sharedDir, report.text), "utf8");
    const readme = fs.readFileSync(path.join(fixtureDir, "README.md"), "utf8");
    const source = report.source ?? sourceOf(readme);
    const publishedOn = publishedOnOf(readme);
    return {
      org: report.org,
      ...(source ? { source } : {}),
      ...(publishedOn ? { publishedOn } : {}),
      document,
      sections: splitSections(format, text),
    };
  });
  return { orgs: ORGS, reports };
}

export const DEFAULT_SHARED_DIR = path.resolve(import.meta.dirname, "../../../shared");

function main(): void {
  const sharedDir = path.resolve(process.argv[2] ?? DEFAULT_SHARED_DIR);
  const data = buildSampleData(sharedDir);
  fs.writeFileSync(SAMPLE_DATA_FILE, `${JSON.stringify(data, null, 2)}\n`);
  for (const report of data.reports) {
    const sizes = Object.entries(report.sections).map(([key, text]) => `${key} ${text.length}`);
    console.log(`${report.org} ${report.document.year}: ${Object.keys(report.document.cells).length} cells; ${sizes.join(", ")}`);
  }
  console.log(`wrote ${path.relative(process.cwd(), SAMPLE_DATA_FILE)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
