// The tracker's year and parent unit as URL parameters (a GET form, so that it works without
// JavaScript and every view has a URL), read the same way by the page and by its CSV.
import type { Actor } from "@/lib/auth/actor";
import { reportingYear } from "@/lib/formats/report-year";
import { getTrackerForActor, listTrackerParents } from "@/lib/data/tracker";
import type { Tracker, TrackerUnit } from "@/lib/review/tracker";
import { readOrgSlug, readYear } from "@/components/register/query";

export interface TrackerQuery {
  year: number;
  /** the parent unit's slug, as asked for */
  parent?: string;
}

export function readTrackerQuery(param: (name: string) => string | null | undefined): TrackerQuery {
  return { year: readYear(param("year") ?? undefined) ?? reportingYear(), parent: readOrgSlug(param("parent") ?? undefined) };
}

/** The parent asked for; else the caller's own unit; else the only parent there is. */
export function chooseParent(query: TrackerQuery, actor: Actor, parents: readonly TrackerUnit[]): string | undefined {
  if (query.parent) return query.parent;
  const own = actor.kind === "user" ? parents.find((p) => p.id === actor.orgId) : undefined;
  return own?.slug ?? (parents.length === 1 ? parents[0].slug : undefined);
}

/** A choice of parent is offered unless the only one is the caller's own unit. */
function offersParentChoice(actor: Actor, parents: readonly TrackerUnit[]): boolean {
  return parents.length > 1 || (parents.length === 1 && (actor.kind !== "user" || parents[0].id !== actor.orgId));
}

export interface TrackerView {
  query: TrackerQuery;
  /** the units the caller may open a tracker for */
  parents: TrackerUnit[];
  /** the parent unit chosen, if any */
  parent?: string;
  /** whether the form offers the parents to choose from */
  parentChoice: boolean;
  /** null when no parent is chosen, or the chosen one is missing or not the caller's to see */
  tracker: Tracker | null;
}

/** What the page and the CSV show for the URL's parameters. */
export async function loadTrackerView(actor: Actor, param: (name: string) => string | null | undefined): Promise<TrackerView> {
  const query = readTrackerQuery(param);
  const parents = await listTrackerParents({ actor });
  const parent = chooseParent(query, actor, parents);
  const tracker = parent ? await getTrackerForActor({ actor, parentSlug: parent, year: query.year }) : null;
  return { query, parents, parent, parentChoice: offersParentChoice(actor, parents), tracker };
}
