// The format choices offered when a report is created, derived from the definitions.
import { FORMAT_IDS, getFormat } from "@/lib/formats";
import type { FormatDef, FormatId } from "@/lib/formats/types";

function yearsText(format: FormatDef, earliest: boolean): string {
  const { from, to } = format.years;
  if (to === null) return `${from}年及以后`;
  if (earliest) return `${to}年及以前`;
  return from === to ? `${from}年` : `${from}—${to}年`;
}

export interface FormatOption {
  id: FormatId;
  label: string;
  name: string;
}

export function formatOptions(): FormatOption[] {
  const formats = FORMAT_IDS.map((id) => getFormat(id));
  const earliestFrom = Math.min(...formats.map((f) => f.years.from));
  return formats.map((format) => ({
    id: format.id,
    label: `${format.id}（${yearsText(format, format.years.from === earliestFrom)}）`,
    name: format.name,
  }));
}
