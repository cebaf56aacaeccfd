// The narrative against the table and the law: N1 a number typed in the text that states a
// cell's quantity and differs from it; N2 a section the law asks for left empty or nearly so;
// N3 a reference to a cell the format does not have.
import type { Cells, Finding, FormatDef, FormatId } from "../formats/types";
import { sectionName } from "../report/section-name";
import { valuesEqual } from "../formats/engine";
import { parseReferences, referenceResolver } from "../narrative/references";
import { findStatements, type NumberStatement } from "../narrative/statements";
import { cellName, findingContext, formatValue, requireCell, tableName, requireTable } from "./labels";

export const NARRATIVE_MISMATCH_RULE = "N1";
export const SHORT_SECTION_RULE = "N2";
export const UNKNOWN_REFERENCE_RULE = "N3";

/**
 * The fewest characters (not counting spaces) a section the law requires should have. The
 * opening states the basis, the period, where to get the report and whom to ask; 一 sums up a
 * year's work; 五 must be "实事求是、明确具体". 六 may lawfully be one short sentence
 * ("本年度无其他需要报告的事项", "无收取信息处理费情况") but must say something.
 */
export const SECTION_MINIMUM_LENGTH: Readonly<Record<string, number>> = {
  preamble: 40,
  overview: 150,
  problems: 60,
  other: 1,
};

/** 国办公开办函〔2021〕30号: 总体情况 "篇幅原则上不超过一千字". A guide the editor counts against, not a rule. */
export const SECTION_LENGTH_GUIDE: Readonly<Partial<Record<FormatId, Readonly<Record<string, number>>>>> = {
  "gov-2021": { overview: 1000 },
};

export function sectionLengthGuide(format: FormatDef, sectionKey: string): number | undefined {
  return SECTION_LENGTH_GUIDE[format.id]?.[sectionKey];
}

/** A section's length as the reader sees it: references as their values, spaces not counted. */
export function narrativeLength(format: FormatDef, cells: Partial<Cells>, text: string): number {
  return [...referenceResolver(format, cells).resolve(text).replace(/\s/g, "")].length;
}


function checkLengths(format: FormatDef, cells: Cells, sections: Record<string, string>): Finding[] {
  const findings: Finding[] = [];
  for (const section of format.sections) {
    const minimum = SECTION_MINIMUM_LENGTH[section.key];
    if (minimum === undefined || !section.narrative) continue;
    const length = narrativeLength(format, cells, sections[section.key] ?? "");
    if (length >= minimum) continue;
    const message =
      length === 0
        ? `「${sectionName(section)}」没有填写。${section.key === "other" ? "没有其他需要报告的事项时，也请写明（如“本年度无其他需要报告的事项”）。" : "年度报告须包括这一部分，请按说明填写。"}`
        : `「${sectionName(section)}」只有 ${length} 个字（至少 ${minimum} 个字）。请按说明写明这一部分应当报告的内容。`;
    findings.push({ rule: SHORT_SECTION_RULE, severity: "warning", cells: [], sections: [section.key], message });
  }
  return findings;
}

function checkReferences(format: FormatDef, sections: Record<string, string>): Finding[] {
  const findings: Finding[] = [];
  const resolver = referenceResolver(format, {});
  for (const section of format.sections) {
    const text = sections[section.key] ?? "";
    for (const part of parseReferences(text)) {
      if (part.type !== "ref" || resolver.value(part.key) !== null) continue;
      findings.push({
        rule: UNKNOWN_REFERENCE_RULE,
        severity: "error",
        cells: [],
        sections: [section.key],
        excerpt: { section: section.key, start: part.start, end: part.end },
        message: `「${sectionName(section)}」引用的单元格“${part.key}”在${format.name}中不存在。请删除这个引用，用“插入表格数字”重新插入。`,
      });
    }
  }
  return findings;
}

/** The sum of a reading, or null while one of its cells is blank. */
function readingValue(cells: Cells, keys: readonly string[]): number | null {
  let sum = 0;
  for (const key of keys) {
    const value = cells[key];
    if (value === null || value === undefined) return null;
    sum += value;
  }
  return sum;
}

/** e.g. 表三「（七）总计 总计」, or 表三「（三）不予公开」各项之和 for a group of rows. */
function readingName(format: FormatDef, keys: readonly string[]): string {
  if (keys.length === 1) return cellName(format, keys[0]);
  const defs = keys.map((k) => requireCell(format, k));
  const paths = defs.map((d) => d.rowPath ?? [d.rowLabel]);
  const shared = paths[0].filter((part, i) => paths.every((p) => p[i] === part));
  const sameColumn = defs.every((d) => d.column === defs[0].column);
  if (sameColumn && shared.length > 0 && defs.every((d) => d.table === defs[0].table)) {
    return `${tableName(requireTable(format, defs[0].table))}「${shared[shared.length - 1]}」各项之和`;
  }
  return `${findingContext(format, keys)}中${keys.map((k) => cellName(format, k).replace(/^[^「]*/, "")).join(" + ")}`;
}

const EXCERPT_CHARS = 40;

function quote(text: string, statement: NumberStatement): string {
  const sentence = text.slice(statement.start, statement.end).trim();
  return [...sentence].length > EXCERPT_CHARS ? `${[...sentence].slice(0, EXCERPT_CHARS).join("")}…` : sentence;
}

function checkStatements(format: FormatDef, cells: Cells, sections: Record<string, string>, year?: number): Finding[] {
  const findings: Finding[] = [];
  for (const section of format.sections) {
    const text = sections[section.key] ?? "";
    if (!text) continue;
    for (const statement of findStatements(format, section.key, text, year)) {
      const known = statement.readings
        .map((keys) => ({ keys, value: readingValue(cells, keys) }))
        .filter((r): r is { keys: string[]; value: number } => r.value !== null);
      if (known.length === 0 || known.some((r) => valuesEqual(r.value, statement.value))) continue;
      const [primary] = known;
      const fact =
        `「${sectionName(section)}」写“${quote(text, statement)}”：${statement.subject} ${statement.numberText}${statement.unit}，` +
        `而${readingName(format, primary.keys)}为 ${formatValue(primary.value)}。`;
      findings.push({
        rule: NARRATIVE_MISMATCH_RULE,
        severity: "warning",
        cells: primary.keys,
        sections: [section.key],
        excerpt: { section: section.key, start: statement.start, end: statement.end },
        message: `${fact}请核对文字和表格；用“插入表格数字”引用单元格，文字就随表格变化。`,
        fact,
      });
    }
  }
  return findings;
}

/** Every narrative finding of a report; `cells` are the cells after computeTotals. */
export function checkNarrative(format: FormatDef, cells: Cells, sections: Record<string, string>, year?: number): Finding[] {
  return [...checkReferences(format, sections), ...checkStatements(format, cells, sections, year), ...checkLengths(format, cells, sections)];
}
