// A block copied from Excel, WPS or LibreOffice and pasted into the editor: what the clipboard
// holds (tab-separated rows, quoted cells), which of its rows and columns are the template's
// labels, what each value means for a cell (blank, a number, or text that is no number), and
// where it lands: from the focused cell to the right and down over the table's positions.
// Nothing is applied here; the editor shows the plan and applies it as one edit.
import { cellAccessibleName } from "@/lib/formats/cell-name";
import { formatCellValue, parseCellText } from "@/lib/formats/cell-number";
import { cellDef, computeTotals, derivedTotals, listCells, valuesEqual } from "@/lib/formats/engine";
import type { CellDef, Cells, FormatDef, TableDef } from "@/lib/formats/types";
import { placeGrid } from "@/lib/formats/layout";
import { tablePositions } from "./table-positions";

/**
 * The clipboard's text as rows of cells: tab between cells, CRLF, LF or CR between rows, the
 * final line break dropped. A cell in double quotes may hold tabs, line breaks and doubled
 * quotes, as spreadsheets write a cell that contains them.
 */
export function splitClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === "") {
      const close = closingQuote(text, i + 1);
      if (close !== -1) {
        cell = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        continue;
      }
    }
    if (ch === "\t") endCell();
    else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

/** The quote that closes a quoted cell opened before `from`: followed by a tab, a line break or the end. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === "\t" || next === "\r" || next === "\n" ? i : -1;
  }
  return -1;
}

/** Full-width letters, digits and signs as their ASCII forms, without any space: how labels and values are compared. */
export function normalize(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** A dash or slash alone: 不适用 in the official templates. It leaves the cell blank, never 0. */
export const NOT_APPLICABLE = /^(?:[/\\]|[-‐‑‒–—―−]+)$/;

export type PastedValue = { ok: true; value: number | null } | { ok: false; reason?: string };

/**
 * One pasted value for a cell: blank, or "/" and "—" (not applicable) → blank; a number with
 * thousands separators, full-width digits or signs → the number; anything else is refused.
 * "无" is refused too: it may mean none (0) or not applicable (blank), and only the user knows.
 */
export function readPastedValue(def: CellDef, raw: string): PastedValue {
  const text = normalize(raw);
  if (text === "" || NOT_APPLICABLE.test(text)) return { ok: true, value: null };
  if (text === "无") return { ok: false, reason: "没有发生请填 0，不适用请留空或填“/”" };
  if (!/^[+-]?(\d+|\d{1,3}(,\d{3})+)?(\.\d*)?$/.test(text) || !/\d/.test(text)) return { ok: false };
  const parsed = parseCellText(def, text);
  return parsed.ok ? parsed : { ok: false, reason: parsed.reason };
}

interface TableLabels {
  /** labels of the rows without cells (column headers, 表二's banners, legacy headings) and every column label */
  lineLabels: Set<string>;
  /** row labels → the grid column they begin at (undefined: a whole row label, as one column of its own) */
  rowLabels: Map<string, number | undefined>;
  /** the first grid column that holds cells: the label columns are to its left */
  firstDataColumn: number;
}

/** The official labels of a table, as they may appear in the rows and columns copied with the numbers. */
function tableLabels(table: TableDef): TableLabels {
  const lineLabels = new Set<string>();
  const rowLabels = new Map<string, number | undefined>();
  const placed = placeGrid(table);
  const firstDataColumn = Math.min(...placed.flat().filter((p) => p.item.type === "cell").map((p) => p.column));
  for (const row of placed) {
    const hasCells = row.some((p) => p.item.type === "cell");
    for (const p of row) {
      if (p.item.type !== "label") continue;
      if (!hasCells) lineLabels.add(normalize(p.item.text));
      else if (p.column < firstDataColumn) rowLabels.set(normalize(p.item.text), p.column);
    }
  }
  for (const cell of table.cells) {
    for (const part of [cell.columnLabel, ...(cell.columnPath ?? [])]) lineLabels.add(normalize(part));
    for (const part of [cell.rowLabel, ...(cell.rowPath ?? [])]) if (!rowLabels.has(normalize(part))) rowLabels.set(normalize(part), undefined);
  }
  lineLabels.delete("");
  rowLabels.delete("");
  return { lineLabels, rowLabels, firstDataColumn };
}

const isBlankText = (text: string | undefined) => text === undefined || normalize(text) === "";

/**
 * The numbers of a copied block without the template's labels: rows that hold only column
 * headers (or 表二's banners, a legacy heading) are dropped wherever they are, as the table's
 * positions pass over them; leading columns are dropped when they hold the rows' labels, as
 * many as the label columns the template has from where the copied label stands (a merged
 * label copies as the label and blanks). A label is never read as a number.
 */
export function stripLabels(rows: string[][], table: TableDef): string[][] {
  const labels = tableLabels(table);
  const block = rows.filter((r) => !(r.some((t) => !isBlankText(t)) && r.every((t) => isBlankText(t) || labels.lineLabels.has(normalize(t)))));
  let labelWidth = 0;
  for (const row of block) {
    const first = row.findIndex((t) => !isBlankText(t));
    if (first === -1 || !labels.rowLabels.has(normalize(row[first]))) continue;
    const column = labels.rowLabels.get(normalize(row[first]));
    labelWidth = Math.max(labelWidth, column === undefined ? first + 1 : first + labels.firstDataColumn - column);
  }
  const isRowLabel = (text: string) => isBlankText(text) || labels.rowLabels.has(normalize(text));
  if (labelWidth === 0 || !block.every((row) => row.slice(0, labelWidth).every(isRowLabel))) return block;
  return block.map((row) => row.slice(labelWidth));
}

export interface PasteChange {
  key: string;
  /** the cell's text now and after the paste ("" = blank) */
  before: string;
  after: string;
}

export interface TotalMismatch {
  key: string;
  pasted: number;
  /** what the cell's parts (pasted and current) add up to */
  computed: number;
}

export type PastePlan =
  /** one value: typed into the cell as it is written (or blank) */
  | { kind: "single"; text: string }
  /** one text that is no number: the input takes it as typing does, and the checks name it */
  | { kind: "typing" }
  | { kind: "refused"; message: string }
  | { kind: "block"; rows: number; columns: number; changes: PasteChange[]; totals: TotalMismatch[] };

export interface PasteInput {
  format: FormatDef;
  table: TableDef;
  /** the cell the block's first value goes to */
  start: string;
  clipboard: string;
  /** the editor's text of every cell */
  texts: Readonly<Record<string, string>>;
}

const quote = (text: string) => `“${text}”`;

/** Where a pasted block goes and what it changes, or why nothing is changed. */
export function planPaste({ format, table, start, clipboard, texts }: PasteInput): PastePlan {
  const startCell = cellDef(format, start);
  const positions = tablePositions(table);
  const origin = positions.boxes.get(start);
  if (!startCell || !origin) return { kind: "refused", message: "请先选中本表的一个单元格再粘贴。" };

  const copied = splitClipboard(clipboard);
  if (copied.length === 0) return { kind: "typing" };
  if (copied.length <= 1 && (copied[0]?.length ?? 0) <= 1) {
    const value = readPastedValue(startCell, copied[0]?.[0] ?? "");
    return value.ok ? { kind: "single", text: formatCellValue(startCell, value.value) } : { kind: "typing" };
  }

  const fitRows = positions.keys.length - origin.row;
  const fitColumns = (positions.keys[0]?.length ?? 0) - origin.column;
  const block = trimOverflow(stripLabels(copied, table), fitRows, fitColumns);
  const rows = block.length;
  const columns = Math.max(0, ...block.map((r) => r.length));
  if (rows === 0 || columns === 0) return { kind: "refused", message: "粘贴的内容只有表格的标题和栏目，没有数字，未改变任何单元格。" };
  if (rows > fitRows || columns > fitColumns) {
    return {
      kind: "refused",
      message: `粘贴的内容有 ${rows} 行 ${columns} 列，从${quote(cellAccessibleName(startCell))}起本表只容得下 ${fitRows} 行 ${fitColumns} 列，未改变任何单元格。请从更靠左或靠上的单元格开始粘贴，或少复制一些行列。`,
    };
  }

  const skip = derivedTotals(format);
  const bad: string[] = [];
  const pastedTotals = new Map<string, number>();
  const next: Record<string, string> = {};
  block.forEach((values, i) =>
    values.forEach((raw, j) => {
      const key = positions.keys[origin.row + i][origin.column + j];
      const box = key === null ? undefined : positions.boxes.get(key);
      const def = key === null ? undefined : cellDef(format, key);
      const blank = normalize(raw) === "" || NOT_APPLICABLE.test(normalize(raw));
      if (!key || !box || !def || box.row !== origin.row + i || box.column !== origin.column + j) {
        // A label between the numbers, or the rest of a merged cell: Excel copies those as blank.
        if (!blank) bad.push(`第 ${i + 1} 行第 ${j + 1} 列的${quote(raw)}（这里没有可填的单元格${def ? `，属于合并的${quote(cellAccessibleName(def))}` : ""}）`);
        return;
      }
      const value = readPastedValue(def, raw);
      if (!value.ok) {
        bad.push(`${quote(cellAccessibleName(def))}：${quote(raw)}${value.reason ? `（${value.reason}）` : ""}`);
        return;
      }
      if (skip.has(key)) {
        if (value.value !== null) pastedTotals.set(key, value.value);
        return;
      }
      next[key] = formatCellValue(def, value.value);
    }),
  );
  if (bad.length > 0) {
    return {
      kind: "refused",
      message: `粘贴的内容中有 ${bad.length} 处不是数字，未改变任何单元格：${bad.join("；")}。数量为零请填 0，不适用请留空或填“/”。`,
    };
  }

  const changes = Object.entries(next)
    .filter(([key, after]) => !sameValue(format, key, texts[key] ?? "", after))
    .map(([key, after]) => ({ key, before: texts[key] ?? "", after }));
  return { kind: "block", rows, columns, changes, totals: totalMismatches(format, texts, next, pastedTotals) };
}

/** Rows and columns past the table's edge that hold nothing (a merged cell's blanks copied along) are dropped. */
function trimOverflow(block: string[][], fitRows: number, fitColumns: number): string[][] {
  const blank = (text: string | undefined) => text === undefined || normalize(text) === "";
  let rows = block;
  while (rows.length > fitRows && rows[rows.length - 1].every(blank)) rows = rows.slice(0, -1);
  while (rows.some((r) => r.length > fitColumns) && rows.every((r) => r.length <= fitColumns || blank(r[r.length - 1]))) {
    rows = rows.map((r) => (r.length > fitColumns ? r.slice(0, -1) : r));
  }
  return rows;
}

function sameValue(format: FormatDef, key: string, before: string, after: string): boolean {
  const def = cellDef(format, key);
  if (!def) return before === after;
  const parsed = parseCellText(def, before);
  return parsed.ok && formatCellValue(def, parsed.value) === after;
}

/** Pasted totals against what their parts give once the paste is applied; blank parts leave a total unchecked. */
function totalMismatches(format: FormatDef, texts: Readonly<Record<string, string>>, next: Record<string, string>, pasted: Map<string, number>): TotalMismatch[] {
  if (pasted.size === 0) return [];
  const skip = derivedTotals(format);
  const cells: Cells = {};
  for (const def of listCells(format)) {
    const parsed = parseCellText(def, next[def.key] ?? texts[def.key] ?? "");
    cells[def.key] = skip.has(def.key) || !parsed.ok ? null : parsed.value;
  }
  const computed = computeTotals(format, cells);
  return [...pasted].flatMap(([key, value]) => {
    const sum = computed[key];
    return sum === null || sum === undefined || valuesEqual(sum, value) ? [] : [{ key, pasted: value, computed: sum }];
  });
}
