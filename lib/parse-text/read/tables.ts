// The tables of a report read by label: each line's row label is looked up among the format's
// rows (shuffled rows, tables broken across pages and label variants all come to the same row),
// its printed values go to the row's cells, and what cannot be read for certain stays blank
// with what was printed.
import { cellDef, valuesEqual } from "@/lib/formats/engine";
import type { Cells, FormatDef, SumRule } from "@/lib/formats/types";
import type { UncertainCell } from "../types";
import { enumerateSplits } from "./glued";
import { formatLabels, matchLabel, type FormatLabels, type RowTarget } from "./labels";
import type { Line } from "./lines";
import { compact, isDigitRun, labelKey, looksLikeValue } from "./text";
import { readCellValue } from "./values";

/** Most combinations of several open glued rows' splits that are tried together. */
const MAX_COMBINATIONS = 100_000;

/** A line whose label matched nothing the format has, printed among a table's rows. */
export interface UnmatchedLabel {
  label: string;
  offset: number;
  /** a column's label (in the header), not a row's */
  column?: boolean;
}

export interface TablesRead {
  cells: Cells;
  uncertain: UncertainCell[];
  /** rows of the format found in the source */
  found: Set<RowTarget>;
  /** tables of which at least one row was found */
  tablesFound: Set<string>;
  unmatched: UnmatchedLabel[];
  /** blocks (indexes into the source's blocks) that were read as table rows or table headers */
  tableBlocks: Set<number>;
}

interface RowRead {
  target: RowTarget;
  printed: string[];
  /** other numbers printed for the same row further on */
  conflict?: string;
  /** the line's cells slot by slot, and the column header over those slots, when the table printed one */
  slots?: { cells: string[]; header: ColumnHeader };
}

/** A table's column header as printed above its rows: slot by slot, the labels from top to bottom. */
interface ColumnHeader {
  table: string;
  labels: string[][];
}

interface GroupRead {
  rows: RowTarget[];
  label: string;
  printed: string[];
}

/** Cells of the line before the first value: the labels (and unit columns) of the row. */
function splitLine(cells: string[]): { labels: string[]; values: string[] } {
  const first = cells.findIndex((c) => compact(c) !== "" && looksLikeValue(c));
  if (first === -1) return { labels: cells.filter((c) => compact(c) !== ""), values: [] };
  return { labels: cells.slice(0, first).filter((c) => compact(c) !== ""), values: cells.slice(first) };
}

/** The unit column of the old statistics table ("条", "人次"), or what an OCR made of it ("^"): no value. */
function isUnitColumn(text: string): boolean {
  const t = compact(text);
  return t.length <= 2 && !/\d/.test(t);
}

/** Among rows printed under the same label, the one the labels around it point to. */
function chooseRow(candidates: RowTarget[], context: string[], current: string | null, taken: Set<RowTarget>, last: number): RowTarget {
  const score = (row: RowTarget) => {
    const groups = row.path.slice(0, -1).map(labelKey);
    return (
      groups.filter((g) => context.includes(g)).length * 100 +
      (row.table.id === current ? 10 : 0) +
      (taken.has(row) ? 0 : 5) +
      (row.index > last ? 1 : 0)
    );
  };
  return [...candidates].sort((a, b) => score(b) - score(a) || a.index - b.index)[0];
}

/** Whether the text is nothing but header labels printed one after another ("结果维持结果纠正其他结果…"). */
function onlyLabels(text: string, header: ReadonlySet<string>): boolean {
  const reach = new Array<boolean>(text.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!reach[i]) continue;
    for (const label of header) if (text.startsWith(label, i)) reach[i + label.length] = true;
  }
  return text.length > 0 && reach[text.length];
}

/** The table whose header labels the line's labels are (each cell one label, or labels glued together). */
function headerTable(labels: FormatLabels, texts: string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [table, header] of labels.headers) {
    const count = texts.filter((t) => header.has(labelKey(t)) || onlyLabels(labelKey(t), header)).length;
    if (count > bestCount) {
      best = table;
      bestCount = count;
    }
  }
  return best;
}

export function readTables(format: FormatDef, lines: readonly Line[], headingTables: ReadonlyMap<number, string>): TablesRead {
  const labels = formatLabels(format);
  const reads: RowRead[] = [];
  const groupReads: GroupRead[] = [];
  const unmatched: UnmatchedLabel[] = [];
  const taken = new Set<RowTarget>();
  const tableBlocks = new Set<number>();
  let current: string | null = null;
  let header = null as ColumnHeader | null;
  let headerClosed = true;
  let context: string[] = [];
  let last = -1;

  for (const line of lines) {
    const heading = headingTables.get(line.block);
    if (heading !== undefined) {
      current = heading;
      context = [];
      continue;
    }
    let { labels: texts, values } = splitLine(line.cells);
    if (values.length === 0 && texts.length >= 2) {
      // a row label followed by text where its number should be ("约30"): that text is the row's value
      const at = texts.findIndex((t) => matchLabel(labels, t).kind === "row");
      const rest = at === -1 ? [] : texts.slice(at + 1).filter((t) => !isUnitColumn(t));
      if (rest.length > 0) {
        values = rest;
        texts = texts.slice(0, at + 1);
      }
    }
    if (values.length === 0) {
      if (texts.length === 0) continue;
      const group = texts.map((t) => labels.groups.get(labelKey(t))).find(Boolean);
      const inHeader = headerTable(labels, texts);
      if (group || (inHeader && (line.tabular || texts.length === 1))) {
        if (inHeader) current = inHeader;
        if (group) context = texts.map(labelKey);
        tableBlocks.add(line.block);
      }
      // header rows printed cell by cell: kept slot by slot for reading columns by label
      if (inHeader && line.tabular && !group) {
        if (headerClosed || header?.table !== inHeader) header = { table: inHeader, labels: [] };
        headerClosed = false;
        line.cells.forEach((cell, j) => {
          while (header!.labels.length <= j) header!.labels.push([]);
          if (compact(cell) !== "") header!.labels[j].push(labelKey(cell));
        });
      }
      continue;
    }
    // the row's own label is the last label cell that names a row or a group; the others are its groups
    let match: ReturnType<typeof matchLabel> = { kind: "none" };
    let ownAt = -1;
    for (let i = texts.length - 1; i >= 0 && match.kind === "none"; i--) {
      match = matchLabel(labels, texts[i]);
      ownAt = i;
    }
    const lineContext = [...texts.slice(0, Math.max(0, ownAt)).map(labelKey), ...context];
    if (match.kind === "row") {
      const target = chooseRow(match.rows, lineContext, current, taken, last);
      if (!taken.has(target)) {
        taken.add(target);
        headerClosed = true;
        const slots = line.tabular && header?.table === target.table.id ? { cells: line.cells, header } : undefined;
        reads.push(slots ? { target, printed: values, slots } : { target, printed: values });
      } else {
        // the same row printed again (a page's rows repeated): the same numbers say nothing new
        const first = reads.find((r) => r.target === target);
        if (first && printedText(first.printed.map(compact)) !== printedText(values.map(compact))) first.conflict = printedText(values);
      }
      current = target.table.id;
      last = target.index;
      context = target.path.slice(0, -1).map(labelKey);
      tableBlocks.add(line.block);
      continue;
    }
    if (match.kind === "group") {
      groupReads.push({ rows: match.rows, label: texts[ownAt], printed: values });
      tableBlocks.add(line.block);
      continue;
    }
    if (texts.length === 0) {
      // numbers without a label: the unlabeled row of the table being read (表四's one row)
      const row = labels.rows.find((r) => r.table.id === current && r.aliases.length === 0 && !taken.has(r));
      const digits = values.map(compact).join("");
      if (row && (values.length === row.keys.length || (values.every(isDigitRun) && digits.length >= row.keys.length))) {
        taken.add(row);
        reads.push({ target: row, printed: values });
        last = row.index;
        tableBlocks.add(line.block);
      }
      continue;
    }
    // a row label's second line ("（不同渠道和方式公开相同信息计1条）") under the row it continues
    const lastRow = reads[reads.length - 1]?.target;
    const key = labelKey([...texts].sort((a, b) => b.length - a.length)[0]);
    if (lastRow && key.length >= 2 && lastRow.aliases.some((a) => a.includes(key))) {
      tableBlocks.add(line.block);
      continue;
    }
    if (line.tabular && current !== null) {
      unmatched.push({ label: texts.join(" "), offset: line.offset });
      tableBlocks.add(line.block);
    }
  }
  return resolve(format, reads, groupReads, unmatched, tableBlocks);
}

function printedText(printed: string[]): string {
  return printed.map((p) => p.trim()).join(" ");
}

function resolve(format: FormatDef, reads: RowRead[], groupReads: GroupRead[], unmatched: UnmatchedLabel[], tableBlocks: Set<number>): TablesRead {
  const cells: Cells = {};
  const uncertain: UncertainCell[] = [];
  const found = new Set<RowTarget>();
  const glued: { target: RowTarget; printed: string; splits: string[][] }[] = [];

  const blank = (target: RowTarget, printed: string, reason: string) => {
    for (const key of target.keys) {
      cells[key] = null;
      uncertain.push({ key, printed, reason });
    }
  };

  for (const { target, printed, slots, conflict } of reads) {
    found.add(target);
    const k = target.keys.length;
    if (conflict !== undefined) {
      blank(target, `${printedText(printed)}；${conflict}`, "这一行在原文中印了两次，数字不同，无法确定哪一次是对的");
      continue;
    }
    const byLabel = slots ? byColumnLabel(format, target, slots.cells, slots.header) : null;
    for (const label of byLabel?.ignored ?? []) {
      if (!unmatched.some((u) => u.label === label)) unmatched.push({ label, offset: 0, column: true });
    }
    let values = byLabel?.values ?? printed;
    while (values.length > k && compact(values[values.length - 1]) === "") values = values.slice(0, -1);
    while (values.length > k && compact(values[0]) === "") values = values.slice(1);
    if (values.length > k) values = mergeSpanned(values, k) ?? values;
    const digitsOnly = values.length < k && values.every(isDigitRun);
    if (values.length === k) {
      values.forEach((text, i) => {
        const key = target.keys[i];
        const read = readCellValue(cellDef(format, key)!, text);
        if (read.ok) cells[key] = read.value;
        else {
          cells[key] = null;
          uncertain.push({ key, printed: text.trim(), reason: read.reason });
        }
      });
      continue;
    }
    if (digitsOnly) {
      const tokens = values.map(compact);
      const enumerated = enumerateSplits(tokens, k);
      if (!enumerated.ok) {
        blank(target, printedText(printed), "数字连在一起，可能的拆分太多，无法确定各单元格的数");
        continue;
      }
      const inRow = sumChecker(format.sums, keyIndex(target.keys), {});
      const splits = enumerated.splits.filter((split) => inRow(split.map(Number)));
      if (splits.length === 0) {
        blank(target, printedText(printed), `数字连在一起，无论怎样拆成 ${k} 个数都不满足本行的勾稽关系`);
        continue;
      }
      glued.push({ target, printed: printedText(printed), splits });
      continue;
    }
    blank(target, printedText(printed), `本行应有 ${k} 个数，原文印有 ${values.length} 个，无法确定各数属于哪一栏`);
  }

  // glued rows: one split left by the identities within the row is taken; the others are decided by
  // the identities with the other rows (I1/I2 per column), as far as those rows are known
  const pending = new Map(glued.map((g) => [g.target, g]));
  for (const g of glued) if (g.splits.length === 1) settle(g.target, g.splits[0]);
  let progress = true;
  while (progress) {
    progress = false;
    for (const g of pending.values()) {
      const across = sumChecker(format.sums, keyIndex(g.target.keys), cells);
      const left = g.splits.filter((split) => across(split.map(Number)));
      if (left.length === 1) {
        settle(g.target, left[0]);
        progress = true;
      } else if (left.length > 0 && left.length < g.splits.length) {
        g.splits = left;
      }
    }
  }
  // rows still open together (two ambiguous rows in one column): the combinations the identities
  // leave, as long as there are few enough to look at; a row on which all of them agree is settled
  const open = [...pending.values()];
  const combinations = open.reduce((n, g) => n * g.splits.length, 1);
  if (open.length > 1 && combinations <= MAX_COMBINATIONS) {
    const joint = sumChecker(format.sums, keyIndex(open.flatMap((g) => g.target.keys)), cells);
    const numbers = open.map((g) => g.splits.map((split) => split.map(Number)));
    const surviving: number[][] = [];
    const choice = open.map(() => 0);
    for (let n = 0; n < combinations; n++) {
      let rest = n;
      for (let i = 0; i < open.length; i++) {
        choice[i] = rest % open[i].splits.length;
        rest = Math.floor(rest / open[i].splits.length);
      }
      if (joint(open.flatMap((_, i) => numbers[i][choice[i]]))) surviving.push([...choice]);
    }
    open.forEach((g, i) => {
      const picks = new Set(surviving.map((c) => c[i]));
      if (picks.size === 1) settle(g.target, g.splits[[...picks][0]]);
    });
  }
  for (const g of pending.values()) {
    const options = g.splits.slice(0, 3).map((s) => s.join("/")).join("，");
    const checked = format.sums.some((rule) => [...rule.left, ...rule.right].some((key) => g.target.keys.includes(key)));
    blank(
      g.target,
      g.printed,
      checked
        ? `数字连在一起，有 ${g.splits.length} 种拆法都满足勾稽关系（如 ${options}），无法确定`
        : `数字连在一起，可以拆成 ${g.splits.length} 种不同的数（如 ${options}），本表没有勾稽关系可以确定`,
    );
  }

  function settle(target: RowTarget, split: string[]) {
    pending.delete(target);
    target.keys.forEach((key, i) => {
      const text = split[i];
      const read = readCellValue(cellDef(format, key)!, text);
      if (read.ok) cells[key] = read.value;
      else {
        cells[key] = null;
        uncertain.push({ key, printed: text, reason: read.reason });
      }
    });
  }

  // a group printed as one row (the 2021 （六）其他处理 as in 2019): its rows are known only if it is all 0
  for (const group of groupReads) {
    if (group.rows.some((r) => found.has(r))) continue;
    const width = group.rows[0].keys.length;
    const values = group.printed.map(compact);
    const zeros = values.length === width && values.every((v) => v === "0");
    for (const row of group.rows) {
      found.add(row);
      if (zeros) for (const key of row.keys) cells[key] = 0;
      else blank(row, printedText(group.printed), `原文把「${group.label.trim()}」印成一行（${printedText(group.printed)}），不是全为 0 时无法分到其下各行`);
    }
  }

  const tablesFound = new Set([...found].map((r) => r.table.id));
  return { cells, uncertain, found, tablesFound, unmatched, tableBlocks };
}

/**
 * The row's values by the labels of the columns above them, so that columns in another order or a
 * column the template does not have (a 小计) do not shift the numbers. Only when the header says
 * it for certain: each cell's column label over exactly one slot, and every other slot with a
 * number under a label the table does not know; a header that spans differently from its rows
 * (pingtan-2021's 表三) falls back to reading the row in the template's order.
 */
function byColumnLabel(format: FormatDef, target: RowTarget, cells: string[], header: ColumnHeader): { values: string[]; ignored: string[] } | null {
  if (target.keys.length < 2) return null;
  const known = formatLabels(format).headers.get(target.table.id) ?? new Set<string>();
  const leaf = (j: number) => {
    const column = header.labels[j] ?? [];
    return column[column.length - 1];
  };
  const slotOf = target.keys.map((key) => {
    const path = cellDef(format, key)!.columnPath ?? [];
    const label = labelKey(path[path.length - 1] ?? "");
    const slots = cells.flatMap((_, j) => (leaf(j) === label ? [j] : []));
    return slots.length === 1 ? slots[0] : -1;
  });
  if (slotOf.some((j) => j === -1) || new Set(slotOf).size !== slotOf.length) return null;
  const first = Math.min(...slotOf);
  const ignored: string[] = [];
  for (let j = first; j < cells.length; j++) {
    if (slotOf.includes(j) || compact(cells[j]) === "") continue;
    const label = leaf(j);
    if (label === undefined || known.has(label)) return null;
    ignored.push(label);
  }
  return { values: slotOf.map((j) => cells[j]), ignored };
}

/** Most slots a row may have beyond its cells for copies of spanned cells: a wider row is no row of the template. */
const MAX_SPANNED = 4;

/** A row printed with more slots than cells because a cell spans two columns: the copies merged. */
function mergeSpanned(values: string[], k: number): string[] | null {
  if (values.length > k + MAX_SPANNED) return null;
  let merged = values;
  while (merged.length > k) {
    const at = merged.findIndex((v, i) => i > 0 && compact(v) === compact(merged[i - 1]));
    if (at === -1) return null;
    merged = [...merged.slice(0, at), ...merged.slice(at + 1)];
  }
  return merged;
}

function keyIndex(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((key, i) => [key, i]));
}

/**
 * The identities that concern the given keys, as a test of values for them (in `index` order):
 * the other cells' values are fixed now; an identity with a blank (or still open) cell among the
 * others is not checked, as the rules do not check it.
 */
function sumChecker(rules: readonly SumRule[], index: ReadonlyMap<string, number>, cells: Partial<Cells>): (values: readonly number[]) => boolean {
  const side = (keys: readonly string[]) => {
    let known = 0;
    let open = false;
    const at: number[] = [];
    for (const key of keys) {
      const i = index.get(key);
      if (i !== undefined) at.push(i);
      else {
        const value = cells[key];
        if (value === null || value === undefined) open = true;
        else known += value;
      }
    }
    return { known, at, open };
  };
  const compiled = rules.flatMap((rule) => {
    const left = side(rule.left);
    const right = side(rule.right);
    if (left.open || right.open || left.at.length + right.at.length === 0) return [];
    return [{ left, right }];
  });
  const total = (s: { known: number; at: number[] }, values: readonly number[]) => s.at.reduce((sum, i) => sum + values[i], s.known);
  return (values) => compiled.every(({ left, right }) => valuesEqual(total(left, values), total(right, values)));
}
