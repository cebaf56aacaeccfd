// How a cell's number is written and read. Blank (null) stays blank, never "0".
import type { CellDef } from "@/lib/formats/types";

const DEFAULT_MONEY_DECIMALS = 6;

export function formatCellValue(cell: Pick<CellDef, "kind" | "decimals">, value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const decimals = cell.kind === "money" ? (cell.decimals ?? DEFAULT_MONEY_DECIMALS) : 0;
  return new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: decimals }).format(value);
}

export type ParsedCell = { ok: true; value: number | null } | { ok: false; reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** What a person typed → the cell's value. Full-width digits and thousands separators are accepted. */
export function parseCellText(cell: Pick<CellDef, "kind" | "decimals">, text: string): ParsedCell {
  const normalized = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, ".")
    .replace(/[－—]/g, "-")
    .replace(/[,，\s]/g, "");
  if (normalized === "") return { ok: true, value: null };
  if (!NUMBER.test(normalized)) return { ok: false, reason: "请输入数字（没有数据请留空，数量为零请填 0）" };
  const value = Number(normalized);
  if (!Number.isFinite(value)) return { ok: false, reason: "数字过大" };
  if (cell.kind !== "money" && !Number.isInteger(value)) return { ok: false, reason: "此处应填整数" };
  const decimals = normalized.split(".")[1]?.length ?? 0;
  const allowed = cell.decimals ?? DEFAULT_MONEY_DECIMALS;
  if (cell.kind === "money" && decimals > allowed) return { ok: false, reason: `最多${allowed}位小数` };
  return { ok: true, value };
}
