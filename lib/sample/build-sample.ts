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
  ocr: boolean;
  source?: string;
}

const REPORTS: ReportSource[] = [
  {
    org: "wenchang",
    fixture: "wenchang-2018",
    text: "seeds/000_8522b7fa46d6f532.txt",
    ocr: true,
    source: "文昌镇人民政府《文昌镇2018年政府信息公开工作年度报告》，沙坡头区人民政府网站（http://www.spt.gov.cn/）",
  },
  { org: "pingtan", fixture: "pingtan-2019", text: "fixtures/reports/pingtan-2019/narrative.txt", ocr: false },
  { org: "pingtan", fixture: "pingtan-2021", text: "fixtures/reports/pingtan-2021/narrative.txt", ocr: false },
  { org: "pingtan", fixture: "pingtan-2022", text: "fixtures/reports/pingtan-2022/narrative.txt", ocr: false },
];

const CJK = "\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef";
/** Only a numbered item ("(十)", "（一）", often behind a list dash) starts a new paragraph. */
const PARAGRAPH_START = /^(?:-\s|[（(][一二三四五六七八九十]+[）)])/;

/**
 * The seed is the text layer of a PDF: lines break inside sentences, page breaks leave
 * blank lines (even inside a word), list items carry a "- ", and spaces sit between Chinese
 * characters. Join what the layout broke; keep every word (garbled passages included).
 */
function cleanOcrParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const raw of text.split("\n")) {
    const fragment = raw.trim();
    if (!fragment) continue;
    const last = paragraphs.length - 1;
    if (last >= 0 && !PARAGRAPH_START.test(fragment)) {
      paragraphs[last] += fragment;
    } else {
      paragraphs.push(fragment);
    }
  }
  return paragraphs.map((paragraph) =>
    paragraph
      .replace(/^-\s+/, "")
      .replace(new RegExp(`\\s+(?=[${CJK}])`, "g"), "")
      .replace(new RegExp(`(?<=[${CJK}])\\s+`, "g"), ""),
  );
}

function plainParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, "").trim())
    .filter(Boolean);
}

/** "一、总体情况" → "一、": reports keep the numbering even when the wording slips (a typo in 四). */
function numbering(heading: string): string {
  return heading.slice(0, heading.indexOf("、") + 1);
}

function splitSections(format: FormatDef, text: string, ocr: boolean): Record<string, string> {
  const body = text.split(/\n附件[:：]/)[0];
  // The report's title line is not part of the preamble: the page prints its own title.
  const lines = body.replace(/^\s*[^\n]*工作年度报告[ \t]*\n/, "").split("\n");
  const headed = format.sections.filter((section) => section.heading && /^[一二三四五六七八九十]+、/.test(section.heading));
  const starts: { key: string; line: number }[] = [];
  let from = 0;
  for (const section of headed) {
    const line = lines.findIndex((text, index) => index >= from && text.trim().startsWith(numbering(section.heading)));
    if (line === -1) throw new Error(`${format.id}: heading ${section.heading} not found`);
    starts.push({ key: section.key, line });
    from = line + 1;
  }
  const chunks: { key: string; text: string }[] = [{ key: "preamble", text: lines.slice(0, starts[0].line).join("\n") }];
  starts.forEach((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1].line : lines.length;
    chunks.push({ key: start.key, text: lines.slice(start.line + 1, end).join("\n") });
  });
  const sections: Record<string, string> = {};
  for (const chunk of chunks) {
    const paragraphs = ocr ? cleanOcrParagraphs(chunk.text) : plainParagraphs(chunk.text);
    if (paragraphs.length > 0) sections[chunk.key] = paragraphs.join("\n");
  }
  const known = new Set(format.sections.map((section) => section.key));
  for (const key of Object.keys(sections)) if (!known.has(key)) throw new Error(`${format.id}: unknown section ${key}`);
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
      sections: splitSections(format, text, report.ocr),
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
