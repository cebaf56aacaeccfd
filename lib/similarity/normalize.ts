// What is left of a narrative when the parts that must change every year, or differ only by
// unit, are taken out: headings, years, dates, figures, unit names and punctuation. Two texts
// that are the same after this were written once and pasted again (内容雷同).
import { FORMATS } from "@/lib/formats";

/** The official section headings of every format, with and without their number ("一、总体情况", "总体情况"), longest first. */
const OFFICIAL_HEADINGS = [
  ...new Set(Object.values(FORMATS).flatMap((f) => f.sections.flatMap((s) => [s.heading, s.heading.replace(/^[一二三四五六七八九十]+、/u, "")]))),
]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

/** 一、 （一） (1) 1. 1、 at the start of a line or sentence. */
const ITEM_MARKER = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[、．.](?!\d))\s*/u;
/** A line that is only a (sub)heading: a marker and a few words without a full stop. */
const HEADING_LINE = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)[^。！？；!?;]{0,30}$/u;

/** How a unit's government is named after its place: 文昌镇人民政府, 某某街道办事处. */
const GOVERNMENT_SUFFIXES = ["人民政府", "办事处", "管理委员会", "管委会"];
const GOVERNMENT = `(?:${GOVERNMENT_SUFFIXES.join("|")})`;
const GOVERNMENT_SUFFIX = new RegExp(`${GOVERNMENT}$`, "u");

const CN_DIGIT = "〇零一二三四五六七八九";
const CN_SMALL = "一二三四五六七八九十";
const BOILERPLATE = [
  // A county, township or street government named by its place: 某某镇人民政府, 某某街道办事处.
  `[\\u4e00-\\u9fff]{2,8}?(?:镇|乡|街道|县|区|市|旗)${GOVERNMENT}`,
  "(?:19|20)\\d{2}\\s*年度?",
  `[${CN_DIGIT}]{4}年度?`,
  "\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*日)?",
  `[${CN_SMALL}]{1,3}月(?:[${CN_SMALL}]{1,3}日)?`,
  // Figures (and any digits the patterns above left): a text pasted again with new figures is the same text.
  "\\d+(?:[.,]\\d+)*",
];

/** Everything but Chinese characters and Latin letters: punctuation, spaces, symbols. */
const NOT_WORD = /[^\u4e00-\u9fff\p{Script=Latin}]+/gu;
/** Sentences end at 。！？； and at line breaks. */
const SENTENCE_END = /[。！？；!?;\r\n]+/u;

/**
 * The names a unit's text calls itself and its parent by: each name as registered, without
 * its government suffix and with each ("文昌镇人民政府" → also "文昌镇"; "甲镇" → also
 * "甲镇人民政府"), longest first so that the whole name goes before its parts.
 */
export function unitNameVariants(names: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (name.length < 2) continue;
    const short = name.replace(GOVERNMENT_SUFFIX, "");
    if (short.length < 2) continue;
    variants.add(name);
    variants.add(short);
    for (const suffix of GOVERNMENT_SUFFIXES) variants.add(short + suffix);
  }
  return [...variants].sort((a, b) => b.length - a.length);
}

/** Full-width digits and letters as ASCII, so that ２０２１ and 2021 are one year. */
function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * Everything a text of these units leaves out, as one pattern (one pass per sentence): the unit
 * names first, then the official headings, then the general patterns.
 */
export function boilerplateOf(names: readonly string[]): RegExp {
  const literals = [...unitNameVariants(names), ...OFFICIAL_HEADINGS].map(escape);
  return new RegExp([...literals, ...BOILERPLATE].join("|"), "gu");
}

/** One sentence without its boilerplate: only the words that carry its meaning, lower case. */
export function normalizeSentence(sentence: string, boilerplate: RegExp): string {
  return halfWidth(sentence).replace(ITEM_MARKER, "").replace(boilerplate, " ").replace(NOT_WORD, "").toLowerCase();
}

export interface Sentence {
  /** as the author wrote it (trimmed) */
  text: string;
  /** what is compared */
  normalized: string;
}

/**
 * A narrative's sentences with their normalized form; heading lines and sentences that are
 * nothing but boilerplate are left out.
 */
export function sentencesOf(text: string, names: readonly string[]): Sentence[] {
  const boilerplate = boilerplateOf(names);
  const sentences: Sentence[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (HEADING_LINE.test(line) || OFFICIAL_HEADINGS.includes(line.trim())) continue;
    for (const part of line.split(SENTENCE_END)) {
      const trimmed = part.trim();
      const normalized = normalizeSentence(trimmed, boilerplate);
      if (normalized) sentences.push({ text: trimmed, normalized });
    }
  }
  return sentences;
}
