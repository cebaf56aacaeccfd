// What the reader looks for in a report, taken from the format registry: each data row of each
// table with the labels it may be printed under, the group labels above rows, and the header
// labels that say which table the lines belong to. No label is written here.
import { FORMAT_IDS, getFormat } from "@/lib/formats";
import { cellDef } from "@/lib/formats/engine";
import type { FormatDef, TableDef } from "@/lib/formats/types";
import { labelKey } from "./text";

export interface RowTarget {
  table: TableDef;
  /** the row's cells in printed order */
  keys: string[];
  /** the official row label with its groups, outermost first ([] for 表四's single row) */
  path: string[];
  /** the labels this row may be printed under (labelKey forms); empty for a row without label */
  aliases: string[];
  /** position in the format, for ordering and for telling repeated labels apart */
  index: number;
}

export interface FormatLabels {
  format: FormatDef;
  rows: RowTarget[];
  /** group label (labelKey) → the rows under it, e.g. （六）其他处理 → its three sub-rows */
  groups: Map<string, RowTarget[]>;
  /** table id → labels of its header rows, banners and columns (labelKey forms) */
  headers: Map<string, Set<string>>;
}

const cache = new Map<string, FormatLabels>();

/** The same row in the other formats (same table and row id): 规范性文件 for 行政规范性文件. */
function otherWordings(format: FormatDef, tableId: string, rowId: string): string[] {
  const labels: string[] = [];
  for (const id of FORMAT_IDS) {
    if (id === format.id) continue;
    const other = getFormat(id).tables.find((t) => t.id === tableId);
    const cell = other?.cells.find((c) => c.row === rowId);
    const path = cell?.rowPath;
    if (path && path.length > 0) labels.push(path[path.length - 1]);
  }
  return labels;
}

export function formatLabels(format: FormatDef): FormatLabels {
  const cached = cache.get(format.id);
  if (cached) return cached;
  const rows: RowTarget[] = [];
  const groups = new Map<string, RowTarget[]>();
  const headers = new Map<string, Set<string>>();
  for (const table of format.tables) {
    const header = new Set<string>();
    for (const items of table.grid) {
      const keys = [...new Set(items.flatMap((item) => (item.type === "cell" ? [item.key] : [])))];
      if (keys.length === 0) {
        for (const item of items) if (item.type === "label") header.add(labelKey(item.text));
        continue;
      }
      const defs = keys.map((key) => cellDef(format, key)!);
      const oneRow = defs.every((d) => d.row === defs[0].row);
      const path = oneRow ? (defs[0].rowPath ?? [defs[0].rowLabel]) : [];
      const own = path[path.length - 1];
      const aliases = own === undefined ? [] : [...new Set([own, ...otherWordings(format, table.id, defs[0].row)].map(labelKey))];
      const target: RowTarget = { table, keys, path, aliases, index: rows.length };
      rows.push(target);
      for (const group of path.slice(0, -1)) {
        const key = labelKey(group);
        groups.set(key, [...(groups.get(key) ?? []), target]);
      }
    }
    for (const cell of table.cells) for (const part of cell.columnPath ?? []) header.add(labelKey(part));
    header.delete("");
    headers.set(table.id, header);
  }
  const labels = { format, rows, groups, headers };
  cache.set(format.id, labels);
  return labels;
}

export type LabelMatch = { kind: "row"; rows: RowTarget[] } | { kind: "group"; key: string; rows: RowTarget[] } | { kind: "none" };

/** The shortest printed label that may stand for a longer official one (a label cut by a line break). */
const MIN_PREFIX = 4;

/** Rows whose label the printed text is, exactly or cut short (or with a note after it); else a group label. */
export function matchLabel(labels: FormatLabels, text: string): LabelMatch {
  const key = labelKey(text);
  if (key === "") return { kind: "none" };
  const whole = matchKey(labels, key);
  if (whole.kind !== "none") return whole;
  // group labels printed on the same line, glued in front of the row's own ("三、本年度办理结果（一）予以公开")
  for (const group of labels.groups.keys()) {
    if (key.length > group.length && key.startsWith(group)) {
      const rest = matchLabel(labels, key.slice(group.length));
      if (rest.kind !== "none") return rest;
    }
  }
  return whole;
}

function matchKey(labels: FormatLabels, key: string): LabelMatch {
  const exact = labels.rows.filter((r) => r.aliases.includes(key));
  if (exact.length > 0) return { kind: "row", rows: exact };
  const group = labels.groups.get(key);
  if (group) return { kind: "group", key, rows: group };
  let best = 0;
  let found: RowTarget[] = [];
  for (const row of labels.rows) {
    for (const alias of row.aliases) {
      const length =
        key.length >= MIN_PREFIX && alias.startsWith(key) ? key.length : alias.length >= MIN_PREFIX && key.startsWith(alias) ? alias.length : 0;
      if (length === 0 || length < best) continue;
      if (length > best) found = [];
      best = length;
      if (!found.includes(row)) found.push(row);
    }
  }
  return found.length > 0 ? { kind: "row", rows: found } : { kind: "none" };
}
