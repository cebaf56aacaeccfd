// The history as a reader sees it: one item per thing a person did (a save, 提交审核, an
// import), not one line per cell. An import writes every cell; a save of a whole table
// hundreds of entries; they belong together.
import { inReplayOrder, type HistoryEntry } from "@/lib/history/replay";

/** What grouping needs of an entry; the before and after values are loaded only for the page shown. */
export type EntryHead = Pick<HistoryEntry, "id" | "at" | "actorId" | "via" | "entity" | "action">;

export interface HistoryItem<E extends EntryHead = EntryHead> {
  /** the item's last entry: the report right after it is the report right after the item */
  lastId: string;
  at: Date;
  actorId: string | null;
  via: string;
  /** in the order they happened */
  entries: E[];
}

/**
 * The statements of one transaction follow each other within milliseconds, seconds at most
 * on a loaded server or through the command line's connection; the rules below are what
 * tells a step apart, this only bounds them.
 */
const SAME_TRANSACTION_MS = 5_000;

/**
 * Whether `next` was written by the same step as `previous`. The entries one statement writes
 * (every cell and section of a save) share their time to the millisecond. A step that writes
 * in several statements is recognised by what follows what, by the same person within a
 * moment: an import or roll-up's content after the report it created or re-formatted, the
 * status change or revision after the totals of 提交审核 or the content of an import, the
 * status change after the revision of 发布. A save followed by 提交审核 stays two steps.
 */
function sameStep(previous: EntryHead, next: EntryHead): boolean {
  if (previous.actorId !== next.actorId || previous.via !== next.via) return false;
  if (next.at.getTime() === previous.at.getTime()) return true;
  if (next.at.getTime() - previous.at.getTime() > SAME_TRANSACTION_MS) return false;
  const continuing = next.action === "import" || next.action === "rollup";
  if (continuing && (previous.entity === "report" || previous.action === next.action)) return true;
  if (next.action === "compute-total" && previous.action === "compute-total") return true;
  // Content a workflow step wrote (totals, an import), as opposed to a person's save.
  const stepContent = (previous.entity === "cell" || previous.entity === "section") && previous.action !== "save";
  if (next.entity === "status") return stepContent || previous.entity === "revision";
  return next.entity === "revision" && stepContent;
}

/** The items, newest first. */
export function groupHistory<E extends EntryHead>(entries: readonly E[]): HistoryItem<E>[] {
  const items: HistoryItem<E>[] = [];
  let current: HistoryItem<E> | null = null;
  for (const entry of inReplayOrder(entries)) {
    const last: E | undefined = current?.entries[current.entries.length - 1];
    if (current && last && sameStep(last, entry)) {
      current.entries.push(entry);
      current.lastId = entry.id;
    } else {
      current = { lastId: entry.id, at: entry.at, actorId: entry.actorId, via: entry.via, entries: [entry] };
      items.push(current);
    }
  }
  return items.reverse();
}

export const HISTORY_PAGE_SIZE = 20;

export function pageOf<T>(items: readonly T[], page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / HISTORY_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((current - 1) * HISTORY_PAGE_SIZE, current * HISTORY_PAGE_SIZE), page: current, pages };
}
