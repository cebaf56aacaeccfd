// The figures the public comparison pages show (新收, 办结, the outcomes, 复议, 诉讼, 主动公开),
// each as a sum (and difference) of cells of a format. This is the one place where a figure
// meets the cell keys of each format; labels come from the format registry.
import { getFormat } from "@/lib/formats";
import { cellDef, sumValues } from "@/lib/formats/engine";
import type { Cells, FormatDef, FormatId } from "@/lib/formats/types";

export type FigureId =
  | "new"
  | "concluded"
  | "granted"
  | "partial"
  | "refused"
  | "unable"
  | "declined"
  | "other"
  | "pending"
  | "review"
  | "review_corrected"
  | "suit"
  | "suit_corrected"
  | "rules_issued"
  | "normative_issued"
  | "proactive_items";

/** value = Σ plus − Σ minus, of one format's cells */
interface Recipe {
  plus: string[];
  minus?: string[];
}

interface FigureDef {
  label: string;
  recipes: Partial<Record<FormatId, Recipe>>;
}

// Keys of 表三 (gov formats): the 总计 column of a row.
const t3 = (...rows: string[]) => rows.map((row) => `t3.${row}.total`);
const t1 = (...rows: string[]) => rows.map((row) => `t1.${row}.value`);
const REFUSED = t3("refused_secret", "refused_law", "refused_safety", "refused_third_party", "refused_internal", "refused_process", "refused_enforcement", "refused_query");
const UNABLE = t3("unable_not_held", "unable_needs_creation", "unable_unclear");
const DECLINED = t3("declined_petition", "declined_repeat", "declined_publication", "declined_excessive", "declined_confirmation");
const SUITS = ["suit_direct", "suit_after_review"];

const both = (recipe: Recipe): Partial<Record<FormatId, Recipe>> => ({ "gov-2019": recipe, "gov-2021": recipe });

const FIGURES: Record<FigureId, FigureDef> = {
  new: { label: "新收", recipes: { ...both({ plus: t3("new") }), "legacy-2014": { plus: t1("req_received") } } },
  concluded: {
    label: "办结",
    recipes: { ...both({ plus: t3("new", "carried_in"), minus: t3("carried_out") }), "legacy-2014": { plus: t1("req_closed") } },
  },
  granted: { label: "予以公开", recipes: { ...both({ plus: t3("granted") }), "legacy-2014": { plus: t1("ans_granted", "ans_already_public") } } },
  partial: { label: "部分公开", recipes: { ...both({ plus: t3("partial") }), "legacy-2014": { plus: t1("ans_partial") } } },
  refused: { label: "不予公开", recipes: { ...both({ plus: REFUSED }), "legacy-2014": { plus: t1("ans_refused") } } },
  unable: { label: "无法提供", recipes: { ...both({ plus: UNABLE }), "legacy-2014": { plus: t1("ans_not_this_agency", "ans_not_exist") } } },
  declined: { label: "不予处理", recipes: both({ plus: DECLINED }) },
  other: {
    label: "其他处理",
    recipes: {
      "gov-2019": { plus: t3("other") },
      "gov-2021": { plus: t3("other_no_correction", "other_no_fee", "other_misc") },
      "legacy-2014": { plus: t1("ans_correction", "ans_other_route") },
    },
  },
  pending: { label: "尚未办结", recipes: both({ plus: t3("carried_out") }) },
  review: { label: "行政复议", recipes: { ...both({ plus: ["t4.review.total"] }), "legacy-2014": { plus: t1("review_total") } } },
  review_corrected: {
    label: "行政复议结果纠正",
    recipes: { ...both({ plus: ["t4.review.corrected"] }), "legacy-2014": { plus: t1("review_corrected") } },
  },
  suit: { label: "行政诉讼", recipes: { ...both({ plus: SUITS.map((b) => `t4.${b}.total`) }), "legacy-2014": { plus: t1("suit_total") } } },
  suit_corrected: {
    label: "行政诉讼结果纠正",
    recipes: { ...both({ plus: SUITS.map((b) => `t4.${b}.corrected`) }), "legacy-2014": { plus: t1("suit_corrected") } },
  },
  rules_issued: {
    label: "规章制发",
    recipes: { "gov-2019": { plus: ["t2.rules.made"] }, "gov-2021": { plus: ["t2.rules.issued"] } },
  },
  normative_issued: {
    label: "规范性文件制发",
    recipes: {
      "gov-2019": { plus: ["t2.normative.made"] },
      "gov-2021": { plus: ["t2.normative.issued"] },
      "legacy-2014": { plus: t1("normative_issued") },
    },
  },
  proactive_items: { label: "主动公开政府信息数", recipes: { "legacy-2014": { plus: t1("proactive_total") } } },
};

/** The outcome distribution, in the order of the official rows. */
export const OUTCOME_FIGURES: readonly FigureId[] = ["granted", "partial", "refused", "unable", "declined", "other", "pending"];
export const REQUEST_FIGURES: readonly FigureId[] = ["new", "concluded"];
export const APPEAL_FIGURES: readonly FigureId[] = ["review", "review_corrected", "suit", "suit_corrected"];
export const PROACTIVE_FIGURES: readonly FigureId[] = ["rules_issued", "normative_issued", "proactive_items"];

export const figureLabel = (id: FigureId) => FIGURES[id].label;

/**
 * A figure of one report: a number; "blank" when a cell it needs was left blank (blank is not
 * 0); "absent" when the report's format has no such figure.
 */
export type FigureValue = { state: "value"; value: number } | { state: "blank" } | { state: "absent" };

export function figureValue(id: FigureId, formatId: FormatId, cells: Cells): FigureValue {
  const recipe = FIGURES[id].recipes[formatId];
  if (!recipe) return { state: "absent" };
  const keys = [...recipe.plus, ...(recipe.minus ?? [])];
  const values = keys.map((key) => cells[key]);
  if (values.some((value) => value === null || value === undefined)) return { state: "blank" };
  const known = values as number[];
  const plus = known.slice(0, recipe.plus.length);
  const minus = known.slice(recipe.plus.length).map((value) => -value);
  return { state: "value", value: sumValues([...plus, ...minus]) };
}

/** The number of a figure, or null when it is blank or the format has no such figure. */
export function figureNumber(id: FigureId, formatId: FormatId, cells: Cells): number | null {
  const figure = figureValue(id, formatId, cells);
  return figure.state === "value" ? figure.value : null;
}

// ---- how a figure is computed, in the format's own words ----

function hasSeveralColumns(format: FormatDef, tableId: string): boolean {
  const table = format.tables.find((t) => t.id === tableId);
  return new Set(table?.cells.map((c) => c.column)).size > 1;
}

/** A cell as a reader finds it in the printed table: its own row label, and its column where the table has several. */
function cellName(format: FormatDef, key: string): string {
  const cell = cellDef(format, key);
  if (!cell) throw new Error(`${format.id} has no cell ${key}`);
  const row = cell.rowPath?.at(-1) ?? cell.rowLabel;
  return hasSeveralColumns(format, cell.table) ? `${row}（${cell.columnPath?.at(-1) ?? cell.columnLabel}）` : row;
}

/** Several rows of one group in one column: "“（三）不予公开”各项之和（总计，共8项）". */
function groupName(format: FormatDef, keys: string[]): string | null {
  if (keys.length < 3) return null;
  const cells = keys.map((key) => cellDef(format, key));
  const parents = new Set(cells.map((c) => c?.rowPath?.at(-2)));
  const columns = new Set(cells.map((c) => c?.column));
  const [parent] = parents;
  if (parents.size !== 1 || columns.size !== 1 || !parent || !cells[0]) return null;
  const column = hasSeveralColumns(format, cells[0].table) ? `${cells[0].columnPath?.at(-1) ?? cells[0].columnLabel}，` : "";
  return `“${parent}”各项之和（${column}共${keys.length}项）`;
}

/** "办结 = 一、本年新收政府信息公开申请数量（总计） + 二、上年结转… − 四、结转下年度继续办理（总计）", or null where the format has no such figure. */
export function figureFormula(id: FigureId, formatId: FormatId): string | null {
  const recipe = FIGURES[id].recipes[formatId];
  if (!recipe) return null;
  const format = getFormat(formatId);
  const plus = groupName(format, recipe.plus) ?? recipe.plus.map((key) => cellName(format, key)).join(" + ");
  const minus = (recipe.minus ?? []).map((key) => ` − ${cellName(format, key)}`).join("");
  return `${FIGURES[id].label} = ${plus}${minus}`;
}

/** The unit of a figure, as the format names it for the first cell it reads ("条"), else 件. */
export function figureUnit(id: FigureId, formats: readonly FormatId[]): string {
  for (const formatId of formats) {
    const [first] = figureCells(id, formatId);
    const unit = first ? cellDef(getFormat(formatId), first)?.unit : undefined;
    if (unit) return unit;
  }
  return "件";
}

/** The cells a figure reads in a format (for tests and the page's notes). */
export function figureCells(id: FigureId, formatId: FormatId): string[] {
  const recipe = FIGURES[id].recipes[formatId];
  return recipe ? [...recipe.plus, ...(recipe.minus ?? [])] : [];
}
