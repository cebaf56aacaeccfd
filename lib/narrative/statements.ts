// Numbers typed in a section's text that state a quantity the tables hold: "收到政府信息公开申请
// 75件", "1件结转下年度", "行政复议案件2件", "主动公开政府信息共 412条". Each is found with the
// cells it may mean; a number that none of its readings gives is a mismatch (rules/narrative.ts).
//
// Scope: a number may count more than one cell, and reports do (收到 = 新收 + 上年结转;
// 行政诉讼 = both lawsuit blocks; 复议和诉讼 together), so each statement has several readings
// and matches if any of them does. A number about another period (上半年, 2019年, 截至6月),
// a change (同比, 增长), an approximation (1000余条) or another unit is no statement of a cell.
import { cellDef, listCells } from "../formats/engine";
import type { FormatDef } from "../formats/types";
import { asciiDigits, CHINESE_NUMERAL_CHARS, parseArabic, parseChineseNumeral } from "./numerals";
import { maskReferences } from "./references";

export interface NumberStatement {
  section: string;
  /** the number as written and its value */
  numberText: string;
  value: number;
  unit: string;
  /** what the number states, e.g. "收到申请" */
  subject: string;
  /** the sentence that holds it: offsets into the section's text as stored */
  start: number;
  end: number;
  /** the cells the number may count, each reading a list of cells to add; the first is the usual one */
  readings: string[][];
}

/** A kind of statement: the words that name it and the cells it counts, per format. */
interface StatementKind {
  subject: string;
  /** words before the number, in the same clause */
  before?: RegExp;
  /** words right after the number and its unit */
  after?: RegExp;
  units: string;
  /** the sentence must also say this (办结 of 政务服务 is not a 政府信息公开申请) */
  sentence?: RegExp;
  readings: (format: FormatDef) => string[][];
}

const t3 = (row: string) => `t3.${row}.total`;
/** The 总计-column cells of 表三's rows whose id starts with `prefix` (（三）不予公开 1–8 …). */
const t3Group = (prefix: string) => (format: FormatDef) =>
  listCells(format)
    .filter((c) => c.table === "t3" && c.column === "total" && c.row.startsWith(prefix))
    .map((c) => c.key);
const legacy = (row: string) => `t1.${row}.value`;
const SUITS = ["t4.suit_direct.total", "t4.suit_after_review.total"];
const REQUEST = /申请/;

const KINDS: StatementKind[] = [
  {
    subject: "收到申请",
    before: /新收|收到|接收|受理/g,
    units: "件",
    sentence: REQUEST,
    readings: () => [[t3("new")], [t3("new"), t3("carried_in")], [legacy("req_received")]],
  },
  { subject: "上年结转", before: /上一?年度?结转/g, units: "件", sentence: REQUEST, readings: () => [[t3("carried_in")]] },
  {
    subject: "办结",
    before: /办结|办理完毕/g,
    units: "件",
    sentence: REQUEST,
    readings: () => [[t3("total")], [legacy("req_closed")]],
  },
  {
    subject: "结转下年度",
    before: /结转(?:至|到)?下一?年度?/g,
    after: /^(?:申请)?(?:结转|转入)(?:至|到)?下一?年度?/,
    units: "件",
    sentence: REQUEST,
    readings: () => [[t3("carried_out")]],
  },
  { subject: "予以公开", before: /予以公开|同意公开/g, units: "件", sentence: REQUEST, readings: () => [[t3("granted")], [legacy("ans_granted")]] },
  {
    subject: "予以公开和部分公开",
    before: /(?:予以|同意)公开(?:和|及|与|、)部分公开/g,
    units: "件",
    sentence: REQUEST,
    readings: () => [[t3("granted"), t3("partial")], [legacy("ans_granted"), legacy("ans_partial")]],
  },
  { subject: "部分公开", before: /部分公开/g, units: "件", sentence: REQUEST, readings: () => [[t3("partial")], [legacy("ans_partial")]] },
  {
    subject: "不予公开",
    before: /不予公开|不同意公开/g,
    units: "件",
    sentence: REQUEST,
    readings: (format) => [t3Group("refused_")(format), [legacy("ans_refused")]],
  },
  { subject: "无法提供", before: /无法提供/g, units: "件", sentence: REQUEST, readings: (format) => [t3Group("unable_")(format)] },
  { subject: "不予处理", before: /不予处理/g, units: "件", sentence: REQUEST, readings: (format) => [t3Group("declined_")(format)] },
  { subject: "行政复议", before: /行政复议|复议案件/g, units: "件起", readings: () => [["t4.review.total"], [legacy("review_total")]] },
  {
    subject: "行政诉讼",
    before: /行政诉讼|诉讼案件/g,
    units: "件起",
    readings: () => [SUITS, [SUITS[0]], [SUITS[1]], [legacy("suit_total")]],
  },
  {
    subject: "行政复议和行政诉讼",
    before: /复议[^，,；;。]{0,12}诉讼|诉讼[^，,；;。]{0,12}复议/g,
    units: "件起",
    readings: () => [["t4.review.total", ...SUITS], [legacy("review_total"), legacy("suit_total")]],
  },
  { subject: "主动公开政府信息", before: /主动公开(?:政府)?信息/g, units: "条", readings: () => [[legacy("proactive_total")]] },
  { subject: "主动公开规范性文件", before: /主动公开[^，,；;。]{0,4}规范性文件/g, units: "条件", readings: () => [[legacy("proactive_normative")]] },
  {
    subject: "制发规范性文件",
    before: /(?:新?制发|出台|印发)[^，,；;。]{0,8}规范性文件/g,
    units: "件",
    readings: () => [["t2.normative.issued"], ["t2.normative.made"], [legacy("normative_issued")]],
  },
  { subject: "现行有效规范性文件", before: /现行有效[^，,；;。]{0,8}规范性文件/g, units: "件", readings: () => [["t2.normative.in_force"]] },
  { subject: "制发规章", before: /(?:新?制发|出台)[^，,；;。]{0,6}规章/g, units: "件", readings: () => [["t2.rules.issued"], ["t2.rules.made"]] },
  { subject: "政府网站发布", before: /政府网站|门户网站/g, units: "条", readings: () => [[legacy("ch_website")]] },
  { subject: "政务微博发布", before: /微博/g, units: "条", readings: () => [[legacy("ch_weibo")]] },
  { subject: "政务微信发布", before: /微信/g, units: "条", readings: () => [[legacy("ch_wechat")]] },
  { subject: "政府公报发布", before: /政府公报/g, units: "条", readings: () => [[legacy("ch_gazette")]] },
];

// ---- finding numbers ----

const NUMBER = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+(?!\d)|\d+|[${CHINESE_NUMERAL_CHARS}]+)[\s\u2007]*([件条次个项篇起])`,
  "g",
);
/** Where a sentence ends (and a highlight with it). */
const SENTENCE_END = /[。！？!?；;\n]/;
/** Where a clause ends: the words that name a number are in its clause. */
const CLAUSE_END = /[，,：:。！？!?；;\n]/;
/** Not a count of the year: a change, a share, an approximation, an ordinal. */
const NOT_A_COUNT_BEFORE = /(?:同比|比上年|较上年|增长|增加|减少|下降|上升|约|近|超过|逾|第)$/;
const NOT_A_COUNT_AFTER = /^(?:余|多|以上|左右|次会议|\s*[%％])/;
const OTHER_PERIOD = /上半年|下半年|[一二三四1-4１-４]季度|\d{1,2}\s*[-—–至到]\s*\d{1,2}\s*月|前[一二三四五六七八九十\d]+个?月|去年|上年同期|同期|以来|历年/;
const UNTIL_MONTH = /截至\D{0,6}?(\d{1,2}|[一二三四五六七八九十]+)月/;

function monthOf(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

/** The sentence before the number speaks of another period than the report's year. */
function otherPeriod(sentence: string, year: number | undefined): boolean {
  if (OTHER_PERIOD.test(sentence)) return true;
  const until = UNTIL_MONTH.exec(sentence);
  if (until && monthOf(until[1]) !== 12) return true;
  if (year === undefined) return false;
  return [...sentence.matchAll(/(\d{4})\s*年/g)].some((m) => Number(m[1]) !== year);
}

function boundsAround(text: string, at: number, end: RegExp): { start: number; end: number } {
  let start = at;
  while (start > 0 && !end.test(text[start - 1])) start--;
  let stop = at;
  while (stop < text.length && !end.test(text[stop])) stop++;
  if (stop < text.length) stop++; // the 。 belongs to the sentence
  return { start, end: stop };
}

function lastMatch(pattern: RegExp, text: string): { index: number; end: number } | null {
  let found: { index: number; end: number } | null = null;
  for (const m of text.matchAll(pattern)) found = { index: m.index, end: m.index + m[0].length };
  return found;
}

/** The kind whose words end nearest before the number (the longer words when two end together). */
function kindBefore(context: string): StatementKind | null {
  let best: { kind: StatementKind; end: number; length: number } | null = null;
  for (const kind of KINDS) {
    if (!kind.before) continue;
    const m = lastMatch(kind.before, context);
    if (!m) continue;
    const length = m.end - m.index;
    if (!best || m.end > best.end || (m.end === best.end && length > best.length)) best = { kind, end: m.end, length };
  }
  return best?.kind ?? null;
}

function kindAfter(rest: string): StatementKind | null {
  return KINDS.find((kind) => kind.after?.test(rest)) ?? null;
}

function readingsIn(format: FormatDef, kind: StatementKind): string[][] {
  return kind.readings(format).filter((keys) => keys.length > 0 && keys.every((k) => cellDef(format, k)));
}

/**
 * The number statements of one section's text. References to cells are no statements (their
 * value is the cell's); `year` is the report's year, so that another year's numbers are left out.
 */
export function findStatements(format: FormatDef, section: string, text: string, year?: number): NumberStatement[] {
  const scanned = asciiDigits(maskReferences(text));
  const statements: NumberStatement[] = [];
  let previousEnd = 0;
  for (const match of scanned.matchAll(NUMBER)) {
    const at = match.index;
    const numberText = match[1];
    const unit = match[2];
    const after = at + match[0].length;
    const clause = boundsAround(scanned, at, CLAUSE_END);
    // the words that name this number: its clause, after the number stated before it
    const context = scanned.slice(Math.max(clause.start, previousEnd), at);
    previousEnd = after;
    const value = /\d/.test(numberText) ? parseArabic(numberText) : parseChineseNumeral(numberText);
    if (value === null) continue;
    if (NOT_A_COUNT_BEFORE.test(context.trimEnd()) || NOT_A_COUNT_AFTER.test(scanned.slice(after))) continue;
    const sentence = boundsAround(scanned, at, SENTENCE_END);
    const kind = kindBefore(context) ?? kindAfter(scanned.slice(after).trimStart());
    if (!kind || !kind.units.includes(unit)) continue;
    const sentenceText = scanned.slice(sentence.start, sentence.end);
    if (kind.sentence && !kind.sentence.test(sentenceText)) continue;
    if (otherPeriod(scanned.slice(sentence.start, at), year)) continue;
    const readings = readingsIn(format, kind);
    if (readings.length === 0) continue;
    statements.push({
      section,
      numberText: text.slice(at, at + numberText.length),
      value,
      unit,
      subject: kind.subject,
      start: sentence.start,
      end: sentence.end,
      readings,
    });
  }
  return statements;
}
