// 内容雷同 (国办公开办函〔2021〕30号: 不得出现……年年雷同现象): how much of one narrative section is
// found again in another after boilerplate is removed (normalize.ts), and which sentences.
//
// Measure. Each sentence's normalized text is cut into overlapping 3-character shingles
// (trigrams; Chinese words are one or two characters, so three characters already tell
// phrases apart, while two would match common words everywhere). The similarity of this
// section to another is the containment |A ∩ B| / |A| of this section's shingle set A in the
// other's B: "what share of this year's text was already written there", which stays high
// when a paragraph is added to a copied text (Jaccard would fall). Two sentences are shared
// when their shingle sets overlap by at least SHARED_SENTENCE_OVERLAP of the larger one
// (near-exact: one or two words changed).
//
// Threshold: SIMILARITY_THRESHOLD (one place). Measured on the real texts of the sample data
// (lib/sample/sample-data.json, cut from the fixtures; similarity.test.ts asserts each figure):
//
//   | this section                                  | compared with           | similarity |
//   |-----------------------------------------------|-------------------------|-----------:|
//   | 平潭 2021 五、问题, years and markers changed   | 平潭 2021 五、问题        |      100 % |
//   | 平潭 2021 五、问题 + 平潭 2022 五、问题 appended | 平潭 2021 五、问题        |       51 % |
//   | 平潭 2021 一、总体情况                          | 平潭 2019 一、总体情况    |       13 % |
//   | 平潭 2022 一、总体情况                          | 平潭 2021 一、总体情况    |       10 % |
//   | 平潭 2022 五、问题                              | 平潭 2021 五、问题        |        9 % |
//   | 平潭 2021 五、问题                              | 平潭 2019 五、问题        |        5 % |
//   | 文昌镇 2018 二、存在问题                        | 平潭 2019 五、问题        |       10 % |
//   | 文昌镇 2018 一、主要工作开展情况                | 平潭 2019 一、总体情况    |        7 % |
//   | 平潭 2021 引言                                  | 平潭 2019 引言            |       85 % |
//
// Genuinely different texts, of one unit over the years or of two units, stay at or under
// 13 %: they share only the set phrases of the genre (政府信息公开, 进一步加强 …). A copied text
// with as much new text again added still scores 51 %. 40 % is three times the highest
// different pair and catches a section of which well over a third was already there. The
// untitled opening paragraph (引言: legal basis, period, contact) is the same every year by
// design (85 %) and is not compared (comparedSections).
//
// Sections shorter than MIN_COMPARED_LENGTH normalized characters are not compared: "无收取信息
// 处理费情况" is the same every year, and rightly so.
//
// Speed: a report's 6 sections against 300 other reports (10 years × 30 sibling units) of
// real length (4,500 characters each) took 0.19 s of CPU, 0.27 s wall, on a 2-core machine
// shared with twenty other busy processes (bench: `npx tsx bench/similarity.ts`). Each text is
// normalized and shingled once; sentence indexes are built only for a pair above the threshold.
import { sentencesOf, type Sentence } from "@/lib/similarity/normalize";

export const SIMILARITY_THRESHOLD = 40;
export const MIN_COMPARED_LENGTH = 40;
const SHINGLE = 3;
const SHARED_SENTENCE_OVERLAP = 0.8;
/** Shorter sentences ("加强学习") are shared by everyone; they count in the measure, not in the list. */
const MIN_SHARED_SENTENCE = 8;

/** A section ready to be compared many times: its sentences and shingles, worked out once. */
export interface PreparedText {
  sentences: Sentence[];
  shingles: Set<number>;
  /** normalized characters in all */
  length: number;
}

/**
 * A trigram as a small integer: the three UTF-16 code units mixed into 30 bits, which V8
 * keeps unboxed (a set of them is several times faster than one of strings or of larger
 * numbers). Two different trigrams share a value with odds of one in a billion: between two
 * sections of a few thousand trigrams, a false match is expected once in several hundred
 * comparisons and moves a percentage by a hundredth of a point.
 */
function trigram(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 2;
}

/** A sentence's trigrams into `set`; a sentence shorter than a trigram is one shingle of its own. */
function addShingles(normalized: string, set: Set<number>): Set<number> {
  const n = normalized.length;
  if (n > 0 && n < SHINGLE) set.add(trigram(normalized.charCodeAt(0), n > 1 ? normalized.charCodeAt(1) : 0, 0));
  for (let i = 0; i + SHINGLE <= n; i++) set.add(trigram(normalized.charCodeAt(i), normalized.charCodeAt(i + 1), normalized.charCodeAt(i + 2)));
  return set;
}

/** `names`: the unit's and its parent's names, as the text may call them. */
export function prepareText(text: string, names: readonly string[]): PreparedText {
  const sentences = sentencesOf(text, names);
  const shingles = new Set<number>();
  let length = 0;
  for (const sentence of sentences) {
    length += sentence.normalized.length;
    addShingles(sentence.normalized, shingles);
  }
  return { sentences, shingles, length };
}

/** Each sentence's shingles, and shingle → the sentences holding it; built only for a text found similar, once. */
interface SentenceIndex {
  shingles: Set<number>[];
  holders: Map<number, number[]>;
}
const indexes = new WeakMap<PreparedText, SentenceIndex>();

function sentenceIndex(text: PreparedText): SentenceIndex {
  const known = indexes.get(text);
  if (known) return known;
  const index: SentenceIndex = { shingles: text.sentences.map((s) => addShingles(s.normalized, new Set())), holders: new Map() };
  index.shingles.forEach((set, i) => {
    for (const shingle of set) {
      const list = index.holders.get(shingle);
      if (list) list.push(i);
      else index.holders.set(shingle, [i]);
    }
  });
  indexes.set(text, index);
  return index;
}

export interface SharedSentence {
  mine: string;
  theirs: string;
}

export interface Similarity {
  /** 0–100: the share of this section's text found in the other */
  percent: number;
  shared: SharedSentence[];
}

/** Whether a section is long enough to be compared at all. */
export function isComparable(text: PreparedText): boolean {
  return text.length >= MIN_COMPARED_LENGTH;
}

/** 0–100, or null when either section is too short to be compared. */
export function similarityOf(mine: PreparedText, theirs: PreparedText): number | null {
  if (!isComparable(mine) || !isComparable(theirs) || mine.shingles.size === 0) return null;
  let common = 0;
  for (const shingle of mine.shingles) if (theirs.shingles.has(shingle)) common++;
  return Math.round((100 * common) / mine.shingles.size);
}

/** The similarity with the shared sentences when it reaches the threshold (内容雷同), else null. */
export function findSimilarity(mine: PreparedText, theirs: PreparedText): Similarity | null {
  const percent = similarityOf(mine, theirs);
  if (percent === null || percent < SIMILARITY_THRESHOLD) return null;
  return { percent, shared: sharedSentences(mine, theirs) };
}

/** Pairs of near-exact sentences: each of this section's sentences with its closest match there. */
export function sharedSentences(mine: PreparedText, theirs: PreparedText): SharedSentence[] {
  const own = sentenceIndex(mine);
  const other = sentenceIndex(theirs);
  const shared: SharedSentence[] = [];
  mine.sentences.forEach((sentence, m) => {
    if (sentence.normalized.length < MIN_SHARED_SENTENCE) return;
    const overlaps = new Map<number, number>();
    for (const shingle of own.shingles[m]) {
      for (const i of other.holders.get(shingle) ?? []) overlaps.set(i, (overlaps.get(i) ?? 0) + 1);
    }
    let best: { index: number; score: number } | null = null;
    for (const [i, overlap] of overlaps) {
      const score = overlap / Math.max(own.shingles[m].size, other.shingles[i].size);
      if (score >= SHARED_SENTENCE_OVERLAP && (!best || score > best.score)) best = { index: i, score };
    }
    if (best) shared.push({ mine: sentence.text, theirs: theirs.sentences[best.index].text });
  });
  return shared;
}
