// What changed in a narrative between two saves, sentence by sentence: a reader of the history
// wants "this sentence was replaced by that one", not a character soup.

export type DiffPart =
  | { kind: "same"; count: number }
  | { kind: "removed"; text: string }
  | { kind: "added"; text: string };

/** Sentences with their closing punctuation; a line break ends a sentence too. */
export function diffUnits(text: string): string[] {
  const units: string[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    units.push(...(trimmed.match(/[^。！？；!?;]+[。！？；!?;]*|[。！？；!?;]+/gu) ?? []));
  }
  return units;
}

/** Beyond this many sentences on both sides a longest-common-subsequence table grows large; such a change is shown whole. */
const MAX_CELLS = 4_000_000;

/**
 * The sentences removed and added, in text order, with runs of unchanged sentences counted
 * (shown as "未改动 n 句"). Longest common subsequence of sentences.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const a = diffUnits(before);
  const b = diffUnits(after);
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text) => ({ kind: "removed" as const, text })), ...b.map((text) => ({ kind: "added" as const, text }))];
  }
  // lengths[i][j]: longest common subsequence of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const same = () => {
    const last = parts[parts.length - 1];
    if (last?.kind === "same") last.count++;
    else parts.push({ kind: "same", count: 1 });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      same();
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
      parts.push({ kind: "removed", text: a[i++] });
    } else {
      parts.push({ kind: "added", text: b[j++] });
    }
  }
  return parts;
}
