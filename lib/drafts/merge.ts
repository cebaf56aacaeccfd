// Two people on one draft: the three-way comparison of a save that met a newer version. The
// base is what this page last loaded or saved, mine what is on screen now, theirs what the
// server holds now. Values are compared as the texts they show (a cell's number written the
// one way the editor writes it, a narrative as typed).

export interface ThreeWay {
  base: Readonly<Record<string, string>>;
  mine: Readonly<Record<string, string>>;
  theirs: Readonly<Record<string, string>>;
}

export interface MergeConflict {
  key: string;
  base: string;
  mine: string;
  theirs: string;
}

export interface MergeResult {
  /** only they changed these: the screen takes their value */
  theirs: Record<string, string>;
  /** only I changed these: they stay mine */
  mine: string[];
  /** both changed these, differently: the user chooses */
  conflicts: MergeConflict[];
}

/** Keys in the order `order` gives them (the format's order); keys it does not know last, as found. */
export function mergeThreeWay({ base, mine, theirs }: ThreeWay, order: readonly string[] = []): MergeResult {
  const keys = [...new Set([...order, ...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])];
  const result: MergeResult = { theirs: {}, mine: [], conflicts: [] };
  for (const key of keys) {
    const b = base[key] ?? "";
    const m = mine[key] ?? "";
    const t = theirs[key] ?? "";
    if (m === t) continue;
    if (m === b) result.theirs[key] = t;
    else if (t === b) result.mine.push(key);
    else result.conflicts.push({ key, base: b, mine: m, theirs: t });
  }
  return result;
}

export type ConflictChoice = "theirs" | "mine";

/**
 * The screen after the user chose for each conflict: `mine` with their values where they
 * changed alone and where the user took theirs. A conflict without a choice is an error of
 * the caller: nothing is decided for the user.
 */
export function resolveMerge(
  mine: Readonly<Record<string, string>>,
  merge: MergeResult,
  choices: Readonly<Record<string, ConflictChoice>>,
): Record<string, string> {
  const next = { ...mine, ...merge.theirs };
  for (const conflict of merge.conflicts) {
    const choice = choices[conflict.key];
    if (!choice) throw new Error(`no choice for ${conflict.key}`);
    next[conflict.key] = choice === "theirs" ? conflict.theirs : conflict.mine;
  }
  return next;
}
