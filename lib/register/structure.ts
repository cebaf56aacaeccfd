// What the register needs to know about a format, found in the format definition itself
// instead of being typed here: which 表三 rows are 新收 / 上年结转 / 办理结果 / 总计 / 结转下年度
// and which columns are applicants (from the identities I1, I2, I3 of formats.md §5), the
// blocks and results of 表四 (I7), and the 三 / 四 / 五 / 一(二) rows of the legacy 统计表 (its
// soft identities L1–L7). Anchoring on the identities keeps this file free of cell keys and
// labels: a new format that states its identities works without a change here.
import { formatForYear } from "@/lib/formats";
import { cellDef, listCells } from "@/lib/formats/engine";
import type { CellDef, FormatDef, SumRule } from "@/lib/formats/types";
import { CHANNELS, DISCLOSURE_CHANNEL_KINDS, type ChannelKey, type DisclosureChannelKind } from "@/lib/register/vocabulary";

/** A row a request (or case) can end in: the stored value is `key`, the row id of the format. */
export interface RowOption {
  key: string;
  /** the official label, without the group every option shares ("（三）不予公开 1.属于国家秘密") */
  label: string;
  /** the official row path, outermost group first */
  path: readonly string[];
}

export interface ColumnOption {
  key: string;
  label: string;
  /** the column's headers from the outermost, where it sits under a group (法人或其他组织 › 其他) */
  path?: readonly string[];
}

/** 表三 of the 2019 and 2021 formats. */
export interface RequestsShape {
  format: FormatDef;
  table: string;
  newRow: string;
  carriedInRow: string;
  outcomeRows: readonly RowOption[];
  totalRow: string;
  carriedOutRow: string;
  applicantColumns: readonly ColumnOption[];
  totalColumn: string;
  /** the cell key of a row and column */
  cell(row: string, column: string): string;
}

/** 表四: one block per 行政复议 / 行政诉讼 kind, each with its results, 尚未审结 and 总计. */
export interface ReviewShape {
  table: string;
  blocks: readonly { key: string; label: string; path: readonly string[] }[];
  /** 结果维持, 结果纠正, 其他结果: what a closed case ends with */
  resultColumns: readonly ColumnOption[];
  pendingColumn: string;
  totalColumn: string;
  cell(block: string, column: string): string;
}

/** The legacy 统计表's rows that the register and the channel log can fill. */
export interface LegacyShape {
  received: string;
  receivedByChannel: Partial<Record<ChannelKey, string>>;
  closed: string;
  closedOnTime: string;
  closedExtended: string;
  answered: string;
  /** answer categories a closed request can have, the 不同意公开 reasons in place of their total */
  answerLeaves: readonly (RowOption & { cell: string })[];
  refusedTotal: string;
  refusedLeaves: readonly string[];
  /** 四、行政复议数量 / 五、行政诉讼数量, with their three results in the order of 表四's results */
  review: { total: string; results: readonly string[] };
  suit: { total: string; results: readonly string[] };
  channelsTotal: string;
  channelsByKind: Partial<Record<DisclosureChannelKind, string>>;
}

function def(format: FormatDef, key: string): CellDef {
  const cell = cellDef(format, key);
  if (!cell) throw new Error(`format ${format.id}: a rule names the unknown cell ${key}`);
  return cell;
}

function rules(format: FormatDef, id: string): SumRule[] {
  return format.sums.filter((rule) => rule.rule === id);
}

function lastOf<T>(items: readonly T[]): T {
  return items[items.length - 1];
}

function lookup(format: FormatDef, table: string): (row: string, column: string) => string {
  const keys = new Map(listCells(format).filter((c) => c.table === table).map((c) => [`${c.row}\u0000${c.column}`, c.key]));
  return (row, column) => {
    const key = keys.get(`${row}\u0000${column}`);
    if (!key) throw new Error(`format ${format.id}: no cell ${table}.${row}.${column}`);
    return key;
  };
}

/** Drops the leading path parts every option shares (三、本年度办理结果). */
function optionsWithoutSharedGroup(cells: readonly CellDef[]): RowOption[] {
  const paths = cells.map((c) => c.rowPath ?? [c.rowLabel]);
  let shared = 0;
  while (paths.every((p) => p.length > shared + 1 && p[shared] === paths[0][shared])) shared++;
  return cells.map((c, i) => ({ key: c.row, label: paths[i].slice(shared).join(" "), path: paths[i] }));
}

const requestsShapes = new WeakMap<FormatDef, RequestsShape | null>();

/** 表三 of a format, or null for a format without one (legacy-2014). */
export function requestsShape(format: FormatDef): RequestsShape | null {
  if (requestsShapes.has(format)) return requestsShapes.get(format) ?? null;
  const i1 = rules(format, "I1")[0];
  const i2 = rules(format, "I2")[0];
  const i3 = rules(format, "I3")[0];
  let shape: RequestsShape | null = null;
  if (i1 && i2 && i3) {
    // I1: 新收 + 上年结转 = 总计 + 结转下年度 (formats.md §5.1, in this order in every format)
    const [newCell, carriedInCell] = i1.left.map((k) => def(format, k));
    const [totalCell, carriedOutCell] = i1.right.map((k) => def(format, k));
    const totalColumnCell = def(format, i3.left[0]);
    const table = newCell.table;
    shape = {
      format,
      table,
      newRow: newCell.row,
      carriedInRow: carriedInCell.row,
      outcomeRows: optionsWithoutSharedGroup(i2.right.map((k) => def(format, k))),
      totalRow: totalCell.row,
      carriedOutRow: carriedOutCell.row,
      applicantColumns: i3.right.map((k) => {
        const cell = def(format, k);
        const path = cell.columnPath ?? [cell.columnLabel];
        return { key: cell.column, label: lastOf(path), path };
      }),
      totalColumn: totalColumnCell.column,
      cell: lookup(format, table),
    };
  }
  requestsShapes.set(format, shape);
  return shape;
}

/** 表四 of a format, or null (legacy-2014). The last part of each I7 sum is 尚未审结, as the template prints it. */
export function reviewShape(format: FormatDef): ReviewShape | null {
  const i7 = rules(format, "I7");
  if (i7.length === 0) return null;
  const first = i7[0].right.map((k) => def(format, k));
  const table = first[0].table;
  return {
    table,
    blocks: i7.map((rule) => {
      const total = def(format, rule.left[0]);
      const path = total.rowPath ?? [total.rowLabel];
      return { key: total.row, label: path.join(" "), path };
    }),
    resultColumns: first.slice(0, -1).map((c) => ({ key: c.column, label: lastOf(c.columnPath ?? [c.columnLabel]) })),
    pendingColumn: lastOf(first).column,
    totalColumn: def(format, i7[0].left[0]).column,
    cell: lookup(format, table),
  };
}

/** The gov format whose 表三 columns define the applicant types and whose 表四 defines cases: the latest. */
export function currentGovFormat(): FormatDef {
  return formatForYear(9999);
}

export function applicantTypes(): readonly ColumnOption[] {
  const shape = requestsShape(currentGovFormat());
  if (!shape) throw new Error("the current format has no 表三");
  return shape.applicantColumns;
}

export function caseShape(): ReviewShape {
  const shape = reviewShape(currentGovFormat());
  if (!shape) throw new Error("the current format has no 表四");
  return shape;
}

function includesWord(cell: CellDef, word: string): boolean {
  return lastOf(cell.rowPath ?? [cell.rowLabel]).includes(word);
}

const legacyShapes = new WeakMap<FormatDef, LegacyShape | null>();

/**
 * The legacy 统计表 by its soft identities (legacy-2014.ts): L1 channels, L2 收到申请数 by how
 * it came, L3 办结 = 按时 + 延期, L4 答复数 by category with L5's 不同意公开 reasons, L6 复议, L7 诉讼.
 */
export function legacyShape(format: FormatDef): LegacyShape | null {
  if (legacyShapes.has(format)) return legacyShapes.get(format) ?? null;
  const [l1, l2, l3, l4, l5, l6, l7] = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"].map((id) => rules(format, id)[0]);
  let shape: LegacyShape | null = null;
  if (l1 && l2 && l3 && l4 && l5 && l6 && l7) {
    const byWord = <K extends string>(parts: readonly string[], words: readonly { key: K; word: string | null }[]) => {
      const found: Partial<Record<K, string>> = {};
      for (const { key, word } of words) {
        const match = word === null ? undefined : parts.find((k) => includesWord(def(format, k), word));
        if (match) found[key] = match;
      }
      return found;
    };
    const refusedTotal = l5.left[0];
    const answerCells = l4.right.flatMap((k) => (k === refusedTotal ? l5.right : [k])).map((k) => def(format, k));
    shape = {
      received: l2.left[0],
      receivedByChannel: byWord(l2.right, CHANNELS.map((c) => ({ key: c.key, word: c.legacyWord }))),
      closed: l3.left[0],
      closedOnTime: l3.right[0],
      closedExtended: l3.right[1],
      answered: l4.left[0],
      answerLeaves: optionsWithoutSharedGroup(answerCells).map((o, i) => ({ ...o, cell: answerCells[i].key })),
      refusedTotal,
      refusedLeaves: l5.right.map((k) => def(format, k).row),
      review: { total: l6.left[0], results: l6.right },
      suit: { total: l7.left[0], results: l7.right },
      channelsTotal: l1.left[0],
      channelsByKind: byWord(l1.right, DISCLOSURE_CHANNEL_KINDS.map((k) => ({ key: k.key, word: k.label }))),
    };
  }
  legacyShapes.set(format, shape);
  return shape;
}

/** The outcomes a request closed under `format` can have: 表三's leaves, or the legacy answer categories. */
export function outcomeOptions(format: FormatDef): readonly RowOption[] {
  return requestsShape(format)?.outcomeRows ?? legacyShape(format)?.answerLeaves ?? [];
}

/** The format a request closed on `closedOn` is counted in: the default format of that year. */
export function outcomeFormatFor(closedOn: string): FormatDef {
  return formatForYear(Number(closedOn.slice(0, 4)));
}

function isPrefix(short: readonly string[], long: readonly string[]): boolean {
  return short.length <= long.length && short.every((part, i) => long[i] === part);
}

/**
 * How outcomes recorded under `from` count in `to` when a report uses another format than its
 * year's default: the same row where both have it; else the coarser row that contains it
 * (2021's （六）1–3 → 2019's （六）其他处理); else the last of the finer rows under it (2019's
 * （六）其他处理 → 2021's （六）3.其他). Outcomes with no counterpart (legacy ↔ 2019/2021) are absent.
 */
export function outcomeMapping(from: FormatDef, to: FormatDef): Map<string, string> {
  const mapping = new Map<string, string>();
  // Row ids are only comparable within one family of formats (legacy `refused_safety` is not 2021's).
  if ((requestsShape(from) === null) !== (requestsShape(to) === null)) return mapping;
  const target = outcomeOptions(to);
  for (const option of outcomeOptions(from)) {
    const same = target.find((t) => t.key === option.key);
    const coarser = target.find((t) => isPrefix(t.path, option.path));
    const finer = target.filter((t) => isPrefix(option.path, t.path));
    const match = same ?? coarser ?? finer[finer.length - 1];
    if (match) mapping.set(option.key, match.key);
  }
  return mapping;
}

export type DerivedSourceKind = "requests" | "cases" | "channels";

/** What stands behind a derived cell: requests (表三, legacy 三), cases (表四, legacy 四/五) or channels (legacy 一(二)). */
export function derivedSourceKind(format: FormatDef, key: string): DerivedSourceKind {
  const review = reviewShape(format);
  if (review && cellDef(format, key)?.table === review.table) return "cases";
  const legacy = legacyShape(format);
  if (legacy) {
    if ([legacy.review.total, ...legacy.review.results, legacy.suit.total, ...legacy.suit.results].includes(key)) return "cases";
    if ([legacy.channelsTotal, ...Object.values(legacy.channelsByKind)].includes(key)) return "channels";
  }
  return "requests";
}

/** "三、本年度办理结果 （一）予以公开 · 自然人": the cell's official row and column. */
export function cellLabel(format: FormatDef, key: string): string {
  const cell = cellDef(format, key);
  return cell ? `${cell.rowLabel} · ${cell.columnLabel}` : key;
}

/** The outcome as people read it: "（三）不予公开 4.保护第三方合法权益" (the import reads it back). */
export function outcomeLabel(outcome: string | null, closedOn: string | null): string {
  if (!outcome || !closedOn) return "";
  return outcomeOptions(outcomeFormatFor(closedOn)).find((o) => o.key === outcome)?.label ?? outcome;
}

/** The 表三 outcome "申请人逾期未按收费通知要求缴纳费用…" of the format a request closed on `closedOn` counts in, if it has one. */
export function unpaidFeeOutcome(closedOn: string): RowOption | undefined {
  const format = outcomeFormatFor(closedOn);
  return format.unpaidFeeRow === undefined ? undefined : outcomeOptions(format).find((o) => o.key === format.unpaidFeeRow);
}
