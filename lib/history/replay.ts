// A report as it was at any point of its history, rebuilt from its audit log alone: every
// change of a report's content is written there with its before and after values in the
// same transaction (lib/data/reports.ts), so replaying the entries in order from the first
// gives the cells, sections and status right after any entry.
import type { Cells, FormatId } from "@/lib/formats/types";
import { isFormatId } from "@/lib/formats";

/** One audit entry of a report, as stored. */
export interface HistoryEntry {
  id: string;
  at: Date;
  actorId: string | null;
  via: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface ReportState {
  format: FormatId | null;
  cells: Cells;
  sections: Record<string, string>;
  status: string | null;
  /** the last published revision number so far */
  revision: number | null;
}

function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === "object" && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/** "reportId:t3.new.natural" → "t3.new.natural" (a key never holds a colon; a report id never does either). */
export function keyOfEntity(entityId: string): string {
  return entityId.slice(entityId.indexOf(":") + 1);
}

/**
 * Within one transaction the entries share their time: a format change comes before the
 * cells it blanked and refilled, content before the revision that published it, and the
 * status change last.
 */
type Ordered = Pick<HistoryEntry, "id" | "at" | "entity" | "action">;

function stepOf(entry: Ordered): number {
  if (entry.entity === "report" && (entry.action === "create" || entry.action === "format")) return 0;
  if (entry.entity === "status") return 3;
  if (entry.entity === "revision") return 2;
  return 1;
}

/** Oldest first, as they happened. */
export function inReplayOrder<E extends Ordered>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => a.at.getTime() - b.at.getTime() || stepOf(a) - stepOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function emptyState(): ReportState {
  return { format: null, cells: {}, sections: {}, status: null, revision: null };
}

/** The state after one more entry; entries of other kinds (acknowledgements, roll-up notes) change no content. */
export function applyEntry(state: ReportState, entry: HistoryEntry): ReportState {
  switch (entry.entity) {
    case "report": {
      if (entry.action !== "create" && entry.action !== "format") return state;
      const format = field(entry.after, "format");
      // A new report starts blank; a format change deletes every cell before the new ones are written.
      const fresh = entry.action === "create";
      return {
        ...state,
        format: isFormatId(format) ? format : state.format,
        cells: {},
        sections: fresh ? {} : state.sections,
        status: fresh ? "draft" : state.status,
      };
    }
    case "cell": {
      const value = field(entry.after, "value");
      return { ...state, cells: { ...state.cells, [keyOfEntity(entry.entityId)]: typeof value === "number" ? value : null } };
    }
    case "section": {
      const text = field(entry.after, "text");
      return { ...state, sections: { ...state.sections, [keyOfEntity(entry.entityId)]: typeof text === "string" ? text : "" } };
    }
    case "status": {
      const status = field(entry.after, "status");
      return typeof status === "string" ? { ...state, status } : state;
    }
    case "revision": {
      const number = field(entry.after, "number");
      return typeof number === "number" ? { ...state, revision: number } : state;
    }
    default:
      return state;
  }
}

/**
 * The report right after the entry `untilId` (its whole history when null); null when the
 * entry is not one of the report's.
 */
export function replayUntil(entries: readonly HistoryEntry[], untilId: string | null): ReportState | null {
  let state = emptyState();
  for (const entry of inReplayOrder(entries)) {
    state = applyEntry(state, entry);
    if (entry.id === untilId) return state;
  }
  return untilId === null ? state : null;
}
