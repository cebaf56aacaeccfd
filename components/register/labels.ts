// How the register's values read on its pages. Official labels come from the format
// definitions through lib/register/structure; the words here are the register's own.
import { cellDef } from "@/lib/formats/engine";
import { caseShape, currentGovFormat, type RowOption } from "@/lib/register/structure";

export interface OutcomeGroup {
  /** the group row of 表三 (（三）不予公开 …); null for an outcome that stands alone (（一）予以公开) */
  label: string | null;
  options: { key: string; label: string }[];
}

/** Outcomes grouped as 表三 prints them: the leaves of （三）…（六） under their group. */
export function groupOutcomes(options: readonly RowOption[]): OutcomeGroup[] {
  if (options.length === 0) return [];
  const depth = Math.min(...options.map((o) => o.path.length));
  const groups: OutcomeGroup[] = [];
  for (const option of options) {
    const group = option.path.length > depth ? option.path[option.path.length - 2] : null;
    const own = option.path[option.path.length - 1];
    const last = groups[groups.length - 1];
    if (group !== null && last?.label === group) last.options.push({ key: option.key, label: own });
    else groups.push({ label: group, options: [{ key: option.key, label: group === null ? option.label : own }] });
  }
  return groups;
}

/** 表四's blocks, results and 尚未审结 as the current format prints them. */
export function caseVocabulary() {
  const shape = caseShape();
  const format = currentGovFormat();
  const pending = cellDef(format, shape.cell(shape.blocks[0].key, shape.pendingColumn));
  return {
    table: format.tables.find((t) => t.id === shape.table)?.title ?? shape.table,
    blocks: shape.blocks.map(({ key, label }) => ({ key, label })),
    results: shape.resultColumns,
    pendingLabel: pending ? (pending.columnPath ?? [pending.columnLabel]).at(-1) ?? pending.columnLabel : shape.pendingColumn,
  };
}

export type CaseVocabulary = ReturnType<typeof caseVocabulary>;
