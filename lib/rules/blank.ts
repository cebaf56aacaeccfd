// Blank is not zero: a cell nobody filled stays unknown. One finding lists them all, and
// while it stands the report cannot go to review (hasBlockingFindings).
import { listCells, sectionOfTable } from "../formats/engine";
import type { Cells, Finding, FormatDef } from "../formats/types";
import { cellName } from "./labels";

export const BLANK_RULE = "blank";
/** How many blank cells the message names before "等". */
const NAMED_IN_MESSAGE = 3;

/** Run on computeTotals(cells): a total the system can compute is not blank. */
export function checkBlanks(format: FormatDef, cells: Cells): Finding[] {
  const blank = listCells(format).filter((c) => cells[c.key] === null || cells[c.key] === undefined);
  if (blank.length === 0) return [];
  const sections = [...new Set(blank.map((c) => sectionOfTable(format, c.table)?.key).filter((k) => k !== undefined))];
  const named = blank.slice(0, NAMED_IN_MESSAGE).map((c) => cellName(format, c.key)).join("、");
  const more = blank.length > NAMED_IN_MESSAGE ? "等" : "";
  return [
    {
      rule: BLANK_RULE,
      severity: "warning",
      cells: blank.map((c) => c.key),
      sections,
      message:
        `还有 ${blank.length} 个单元格未填写：${named}${more}。` +
        "空白表示“未填写”，不等于 0；没有发生的请填 0。有未填写的单元格时不能提交审核。",
    },
  ];
}
