// A report's format as the database stores it. The ids of lib/formats ("gov-2021") are the
// database enum's labels, but Prisma names enum values by identifiers (gov_2021): the two
// spellings meet here, and only here.
import type { FormatId } from "@/lib/formats";
import { ReportFormat } from "@/lib/generated/prisma/enums";

const STORED: Readonly<Record<FormatId, ReportFormat>> = {
  "legacy-2014": ReportFormat.legacy_2014,
  "gov-2019": ReportFormat.gov_2019,
  "gov-2021": ReportFormat.gov_2021,
};

const BY_STORED = Object.fromEntries(Object.entries(STORED).map(([id, stored]) => [stored, id])) as Readonly<Record<ReportFormat, FormatId>>;

/** The value Prisma writes for a format id. */
export function storedFormat(id: FormatId): ReportFormat {
  return STORED[id];
}

/** The format id of a value Prisma read. */
export function formatOfStored(stored: ReportFormat): FormatId {
  return BY_STORED[stored];
}
