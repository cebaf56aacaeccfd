// The official report formats as data. A format definition (legacy-2014.ts, gov-2019.ts,
// gov-2021.ts) is the single place where official labels and cell keys are written; the
// editor, the public page, validation, import, export and the roll-up walk these types.

export type FormatId = "legacy-2014" | "gov-2019" | "gov-2021";

/** count: integer ≥ 0; signed-count: integer (2019 本年增/减); money: decimal ≥ 0 in `unit`. */
export type NumberKind = "count" | "signed-count" | "money";

export interface CellDef {
  /** interchange key, `table.row.column`, e.g. "t3.granted.natural" */
  key: string;
  table: string;
  row: string;
  column: string;
  /** the official row label, with the labels of the groups above it ("（三）不予公开 1.属于国家秘密") */
  rowLabel: string;
  /** the official column label, with its group ("行政诉讼 未经复议直接起诉 结果维持") */
  columnLabel: string;
  /** rowLabel as its parts, outermost group first; messages quote only the part that tells cells apart */
  rowPath?: string[];
  /** columnLabel as its parts, outermost group first */
  columnPath?: string[];
  kind: NumberKind;
  /** 条, 件, 次, 万元, 元 … when the template names one */
  unit?: string;
  /** most decimals a money value may carry */
  decimals?: number;
}

/** One position of a table's laid-out grid (rows of the official template, top to bottom). */
export type GridItem =
  | {
      type: "label";
      text: string;
      rowSpan?: number;
      colSpan?: number;
      /** th scope: column headers "col"/"colgroup", row headers "row"/"rowgroup"; absent = plain td text */
      scope?: "col" | "colgroup" | "row" | "rowgroup";
    }
  | { type: "cell"; key: string; rowSpan?: number; colSpan?: number };

export interface TableDef {
  /** "t1" … "t4", the first part of every cell key */
  id: string;
  /** the heading the table stands under, e.g. "三、收到和处理政府信息公开申请情况" */
  title: string;
  /** number of columns of the grid */
  width: number;
  /** how many of the first grid rows are the column header (rendered in thead) */
  headerRows: number;
  grid: GridItem[][];
  cells: CellDef[];
}

export interface SectionDef {
  /** stable key, e.g. "overview", "problems" */
  key: string;
  /** the official heading, e.g. "一、总体情况" */
  heading: string;
  /** what the section must contain, from the format's text (shown to staff as guidance) */
  guidance: string;
  /** the table printed in this section, if any */
  table?: string;
  /** a narrative is expected (sections that are only a table have false) */
  narrative: boolean;
  /** printed without a heading (the opening paragraph before 一、); `heading` is then "" */
  untitled?: boolean;
}

/**
 * A linear identity between cells: sum(left) = sum(right). When `left` is a single
 * cell it is a total the system can compute from `right`.
 */
export interface SumRule {
  rule: string; // I1, I2, I3, I7, L1 … (formats.md §5)
  severity: "error" | "warning";
  left: string[];
  right: string[];
  /** Chinese description used in messages, e.g. "（七）总计 = 各办理结果之和" */
  description: string;
}

/**
 * Year N's cell equals the sum of year N−1's cells (I5: 上年结转 = last year's 结转下年度; W3:
 * 上一年项目数量 = last year's 上一年项目数量 + 本年增/减). Checked only when last year's report is
 * published in the system and its format has those cells. Neither is an identity of the official
 * formats, and legitimate reports break them (机构改革, last year's report wrong): warnings.
 */
export interface CrossYearRule {
  rule: string;
  severity: "error" | "warning";
  current: string;
  previous: string[];
  /** a warning that must be acknowledged with a reason before 提交审核 (I5) */
  needsReason?: boolean;
}

export interface FormatDef {
  id: FormatId;
  /** e.g. "国办公开办函〔2021〕30号" */
  source: string;
  name: string;
  /** report years this format is the default for (inclusive) */
  years: { from: number; to: number | null };
  sections: SectionDef[];
  tables: TableDef[];
  sums: SumRule[];
  crossYear?: CrossYearRule[];
  /** rows whose count is "其他处理" with no lawful outcome (W1), and the grand total they are compared with */
  otherHandling?: { rows: string[]; total: string };
  /** cells that a unit below 设区的市 level should not report above zero (W4: 规章) */
  townshipForbidden?: string[];
  /** the narrative section in which the 信息处理费 received in the year are reported (2021: 六) */
  feeSection?: string;
  /** the 表三 outcome row of a request whose applicant did not pay the fee in time (2021: （六）2.) */
  unpaidFeeRow?: string;
  /** the two numbers a one-line summary of a year names: requests received (新收) and closed (办结) */
  requestTotals: { received: string; closed: string };
}

export type Cells = Record<string, number | null>;

export interface Finding {
  rule: string;
  severity: "error" | "warning";
  cells: string[];
  sections?: string[];
  message: string;
  /**
   * What the finding states, without what to do about it (the message's advice): what a note on
   * a historical published report says. Absent when the message states nothing else.
   */
  fact?: string;
  /** a warning that keeps the report from 提交审核 until it is acknowledged with a reason (I5) */
  needsReason?: boolean;
  /** the passage of a section's text the finding is about: offsets into the text as stored */
  excerpt?: TextExcerpt;
}

export interface TextExcerpt {
  section: string;
  start: number;
  end: number;
}

export interface InterchangeDocument {
  format: FormatId;
  year: number;
  organization: string;
  cells: Cells;
}
