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
// real length took 0.19 s on one core (bench: `npx tsx bench/similarity.ts`).
import { sentencesOf, type Sentence } from "@/lib/similarity/normalize";

export const SIMILARITY_THRESHOLD = 40;
export const MIN_COMPARED_LENGTH = 40;
const SHINGLE = 3;
const SHARED_SENTENCE_OVERLAP = 0.8;
/** Shorter sentences ("加强学习") are shared by everyone; they count in the measure, not in the list. */
const MIN_SHARED_SENTENCE = 8;

interface PreparedSentence extends Sentence {
  shingles: Set<number>;
}

/** A section ready to be compared many times: its sentences and shingles, worked out once. */
export interface PreparedText {
  sentences: PreparedSentence[];
  shingles: Set<number>;
  /** normalized characters in all */
  length: number;
}

/**
 * A sentence's trigrams, each as one number (three UTF-16 code units of 16 bits: exact in a
 * double, and a set of numbers is several times faster than one of strings). A sentence
 * shorter than a trigram is one shingle of its own.
 */
function shinglesOf(normalized: string): Set<number> {
  const set = new Set<number>();
  const code = (i: number) => (i < normalized.length ? normalized.charCodeAt(i) : 0);
  if (normalized.length < SHINGLE) {
    if (normalized) set.add(code(0) * 2 ** 32 + code(1) * 2 ** 16 + code(2));
    return set;
  }
  for (let i = 0; i + SHINGLE <= normalized.length; i++) set.add(code(i) * 2 ** 32 + code(i + 1) * 2 ** 16 + code(i + 2));
  return set;
}

/** `names`: the unit's and its parent's names, as the text may call them. */
export function prepareText(text: string, names: readonly string[]): PreparedText {
  const sentences = sentencesOf(text, names).map((s) => ({ ...s, shingles: shinglesOf(s.normalized) }));
  const shingles = new Set<number>();
  let length = 0;
  for (const sentence of sentences) {
    length += sentence.normalized.length;
    for (const shingle of sentence.shingles) shingles.add(shingle);
  }
  return { sentences, shingles, length };
}

/** shingle → the sentences holding it; built only for a text found similar, once. */
const indexes = new WeakMap<PreparedText, Map<number, number[]>>();

function sentenceIndex(text: PreparedText): Map<number, number[]> {
  let index = indexes.get(text);
  if (index) return index;
  index = new Map();
  text.sentences.forEach((sentence, i) => {
    for (const shingle of sentence.shingles) {
      const list = index.get(shingle);
      if (list) list.push(i);
      else index.set(shingle, [i]);
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
  const index = sentenceIndex(theirs);
  const shared: SharedSentence[] = [];
  for (const sentence of mine.sentences) {
    if (sentence.normalized.length < MIN_SHARED_SENTENCE) continue;
    const overlaps = new Map<number, number>();
    for (const shingle of sentence.shingles) {
      for (const i of index.get(shingle) ?? []) overlaps.set(i, (overlaps.get(i) ?? 0) + 1);
    }
    let best: { index: number; score: number } | null = null;
    for (const [i, overlap] of overlaps) {
      const other = theirs.sentences[i];
      const score = overlap / Math.max(sentence.shingles.size, other.shingles.size);
      if (score >= SHARED_SENTENCE_OVERLAP && (!best || score > best.score)) best = { index: i, score };
    }
    if (best) shared.push({ mine: sentence.text, theirs: theirs.sentences[best.index].text });
  }
  return shared;
}
