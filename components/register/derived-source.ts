import "server-only";
// The requests or cases behind one derived cell of a report (the links of 从登记簿生成's
// preview): the cell is derived again, so the list is what the register says now.
import type { Actor } from "@/lib/auth/actor";
import { deriveReportCells } from "@/lib/data/register-derive";
import { getReportForActor } from "@/lib/data/reports";
import { getFormat } from "@/lib/formats";
import { cellLabel, derivedSourceKind, type DerivedSourceKind } from "@/components/register/labels";

export interface DerivedSource {
  ids: string[];
  value: number | null;
  /** "2025年度报告 三、本年度办理结果 （一）予以公开 · 自然人" */
  title: string;
  orgId: string;
}

export async function loadDerivedSource(options: {
  actor: Actor;
  kind: DerivedSourceKind;
  source: { reportId: string; cellKey: string };
}): Promise<DerivedSource | null> {
  const { actor, kind, source } = options;
  const report = await getReportForActor({ actor, reportId: source.reportId });
  if (!report) return null;
  const format = getFormat(report.format);
  if (derivedSourceKind(format, source.cellKey) !== kind) return null;
  const derived = await deriveReportCells({ actor, orgId: report.orgId, year: report.year, format: report.format });
  if (!(source.cellKey in derived.cells)) return null;
  return {
    ids: derived.sources[source.cellKey] ?? [],
    value: derived.cells[source.cellKey] ?? null,
    title: `${report.orgName}${report.year}年度报告 ${cellLabel(format, source.cellKey)}`,
    orgId: report.orgId,
  };
}
