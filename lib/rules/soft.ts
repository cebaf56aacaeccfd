// Warnings that point at numbers worth a second look: W1 (其他处理 with no lawful outcome high
// against 总计, asked for by the 2019 format text) and W4 (规章 reported by a unit below 设区的市
// level, which makes none).
import type { OrgKind } from "@/lib/data/org-kinds";
import { cellDef, sectionOfTable, sumKnown } from "../formats/engine";
import type { Cells, Finding, FormatDef } from "../formats/types";
import { cellName, formatValue, requireCell } from "./labels";

export const OTHER_HANDLING_RULE = "W1";
export const TOWNSHIP_RULE = "W4";

/** W1 fires when the 其他处理 rows reach this share of 总计 … */
export const OTHER_HANDLING_SHARE = 0.1;
/** … and 总计 is at least this large (a share of 1 in 5 says little). */
export const OTHER_HANDLING_MIN_TOTAL = 10;
/**
 * Kinds of unit that make no 规章: 立法法 gives that power only to 国务院部门 and to the people's
 * governments of 省、自治区、直辖市 and 设区的市、自治州. Every kind the system names is below that
 * level (县级政府, 县级部门, 乡镇, 街道); "other" is a unit whose level the system does not know
 * (a 开发区, a unit of a 设区的市), so W4 stays quiet for it rather than tell a unit that may make
 * 规章 that it may not.
 */
export const NO_RULEMAKING_KINDS: readonly OrgKind[] = ["county", "department", "township", "subdistrict"];

function sectionsOf(format: FormatDef, key: string): { sections?: string[] } {
  const section = sectionOfTable(format, requireCell(format, key).table);
  return section ? { sections: [section.key] } : {};
}

/**
 * The label of the 其他处理 rows: one row's path below 三、本年度办理结果 (2021's （六）其他处理 3.其他,
 * 2019's （六）其他处理), or the group several rows share.
 */
function sharedRowLabel(format: FormatDef, keys: readonly string[]): string {
  const paths = keys.map((k) => cellDef(format, k)?.rowPath ?? []);
  if (paths.length === 1 && paths[0].length > 1) return paths[0].slice(1).join(" ");
  let shared = paths[0];
  for (const path of paths) {
    let n = 0;
    while (n < shared.length && n < path.length && shared[n] === path[n]) n++;
    shared = shared.slice(0, n);
  }
  return shared[shared.length - 1] ?? requireCell(format, keys[0]).rowLabel;
}

export function checkOtherHandling(format: FormatDef, cells: Cells): Finding[] {
  const rule = format.otherHandling;
  if (!rule) return [];
  const total = cells[rule.total];
  if (total === null || total === undefined || total < OTHER_HANDLING_MIN_TOTAL) return [];
  const { sum, blank } = sumKnown(cells, rule.rows);
  if (blank.length === rule.rows.length) return [];
  // Counts are never negative, so the known rows alone already bound the share from below.
  if (sum < OTHER_HANDLING_SHARE * total) return [];
  const share = ((sum / total) * 100).toFixed(1);
  const label = sharedRowLabel(format, rule.rows);
  const totalLabel = requireCell(format, rule.total).rowPath?.at(-1) ?? cellName(format, rule.total);
  const fact = `「${label}」共 ${formatValue(sum)} 件，占「${totalLabel}」${formatValue(total)} 件的 ${share}%（提醒线 ${OTHER_HANDLING_SHARE * 100}%）。`;
  return [
    {
      rule: OTHER_HANDLING_RULE,
      severity: "warning",
      cells: [...rule.rows, rule.total],
      ...sectionsOf(format, rule.total),
      message: `${fact}原则上所有申请都应按法定方式处理；请核实这些申请的处理方式，并在报告中说明原因。`,
      fact,
    },
  ];
}

export function checkTownshipRules(format: FormatDef, cells: Cells, orgKind?: string): Finding[] {
  if (!orgKind || !(NO_RULEMAKING_KINDS as readonly string[]).includes(orgKind) || !format.townshipForbidden) return [];
  const reported = format.townshipForbidden.filter((k) => (cells[k] ?? 0) > 0);
  if (reported.length === 0) return [];
  const list = reported.map((k) => `${cellName(format, k)} ${formatValue(cells[k] ?? 0)}`).join("、");
  const fact =
    "规章只由国务院部门和省、自治区、直辖市及设区的市、自治州人民政府制定，县级人民政府及其部门、乡镇人民政府、街道办事处不制定规章，" +
    `但本单位填报了 ${list}。`;
  return [
    {
      rule: TOWNSHIP_RULE,
      severity: "warning",
      cells: reported,
      ...sectionsOf(format, reported[0]),
      message: `${fact}请核实是否把行政规范性文件或上级机关的规章计入了规章。`,
      fact,
    },
  ];
}

export function checkSoft(format: FormatDef, cells: Cells, orgKind?: string): Finding[] {
  return [...checkOtherHandling(format, cells), ...checkTownshipRules(format, cells, orgKind)];
}
