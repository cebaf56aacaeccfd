// Yearly counts per 公开渠道 → the legacy 统计表's 一(二) rows (formats.md §3: 1.政府公报 … 5.其他方式),
// summed by kind; 一(二)'s total is their sum (L1). The 2019 and 2021 formats have no such rows:
// there the counts only feed the 平台建设 narrative.
import type { FormatDef } from "@/lib/formats/types";
import type { DerivedCells } from "@/lib/register/derive";
import { legacyShape } from "@/lib/register/structure";
import type { DisclosureChannelKind } from "@/lib/register/vocabulary";

export interface ChannelYearCount {
  channelId: string;
  kind: DisclosureChannelKind;
  count: number;
}

export function deriveChannelCells(format: FormatDef, counts: readonly ChannelYearCount[]): DerivedCells {
  const shape = legacyShape(format);
  if (!shape) return { cells: {}, sources: {}, unmapped: [] };
  const cells: Record<string, number> = {};
  const sources: Record<string, string[]> = {};
  const kindCells = Object.values(shape.channelsByKind);
  for (const key of [...kindCells, shape.channelsTotal]) {
    cells[key] = 0;
    sources[key] = [];
  }
  const unmapped: string[] = [];
  for (const count of counts) {
    const key = shape.channelsByKind[count.kind];
    if (!key) {
      unmapped.push(count.channelId);
      continue;
    }
    for (const target of [key, shape.channelsTotal]) {
      cells[target] += count.count;
      sources[target].push(count.channelId);
    }
  }
  return { cells, sources, unmapped };
}
