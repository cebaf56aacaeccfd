// A unit's 公开渠道 (政府网站, 政务微博 …) and how many items each published in a year: typed
// as a yearly count, or counted from the simple log of items. A typed count wins for its year.
import type { Actor } from "@/lib/auth/actor";
import { calendarDateSchema } from "@/lib/calendar/date";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changingPublicSite } from "@/lib/public-site/cache";
import { assertReportYear } from "@/lib/formats/report-year";
import { canSeeOrg, orgIdFilter } from "@/lib/permissions";
import type { ChannelKind } from "@/lib/generated/prisma/enums";
import { assertCanWriteRegister, registerScope, writeRegisterAudit } from "@/lib/data/register-access";
import type { ChannelYearCount } from "@/lib/register/channels";
import { DISCLOSURE_CHANNEL_KINDS } from "@/lib/register/vocabulary";

export interface ChannelView {
  id: string;
  orgId: string;
  name: string;
  kind: ChannelKind;
  kindLabel: string;
  address: string | null;
}

export interface ChannelYear extends ChannelView, ChannelYearCount {
  /** typed: the yearly count entered by hand; log: items in the log that year */
  source: "typed" | "log";
  typed: number | null;
  logged: number;
}

const KIND_LABELS = Object.fromEntries(DISCLOSURE_CHANNEL_KINDS.map((k) => [k.key, k.label])) as Record<ChannelKind, string>;

function isKind(value: string): value is ChannelKind {
  return value in KIND_LABELS;
}

async function channelForWrite(actor: Actor, channelId: string) {
  const ids = await registerScope(actor);
  const channel = await db().channel.findFirst({ where: { id: channelId, orgId: orgIdFilter(ids) } });
  if (!channel) throw new AppError("NOT_FOUND");
  await assertCanWriteRegister(actor, channel.orgId);
  return channel;
}

export async function createChannel(options: { actor: Actor; orgId: string; name: string; kind: string; address?: string }): Promise<{ id: string }> {
  const name = options.name.trim();
  if (!name || name.length > 100) throw new AppError("INVALID_INPUT", "渠道名称不能为空，最多100字。");
  if (!isKind(options.kind)) throw new AppError("INVALID_INPUT", `渠道类型应为 ${DISCLOSURE_CHANNEL_KINDS.map((k) => k.label).join("、")} 之一`);
  const kind = options.kind;
  await assertCanWriteRegister(options.actor, options.orgId);
  // The unit's public 公开目录 (its guide page) lists its channels.
  return changingPublicSite(
    db().$transaction(async (tx) => {
      const row = await tx.channel.create({ data: { orgId: options.orgId, name, kind, address: options.address?.trim() || null } });
      await writeRegisterAudit(tx, options.actor, [{ entity: "channel", entityId: row.id, action: "create", after: { name, kind } }]);
      return { id: row.id };
    }),
  );
}

/** The yearly count typed by hand; null removes it, so the log counts again. */
export async function setChannelCount(options: { actor: Actor; channelId: string; year: number; count: number | null }): Promise<void> {
  assertReportYear(options.year);
  if (options.count !== null && (!Number.isInteger(options.count) || options.count < 0)) throw new AppError("INVALID_INPUT", "条数应为不小于 0 的整数。");
  const channel = await channelForWrite(options.actor, options.channelId);
  await db().$transaction(async (tx) => {
    const key = { channelId_year: { channelId: channel.id, year: options.year } };
    const before = await tx.channelCount.findUnique({ where: key });
    if (options.count === null) await tx.channelCount.deleteMany({ where: { channelId: channel.id, year: options.year } });
    else await tx.channelCount.upsert({ where: key, create: { channelId: channel.id, year: options.year, count: options.count }, update: { count: options.count } });
    await writeRegisterAudit(tx, options.actor, [
      { entity: "channel", entityId: channel.id, action: "count", before: { year: options.year, count: before?.count ?? null }, after: { year: options.year, count: options.count } },
    ]);
  });
}

export async function addChannelItem(options: { actor: Actor; channelId: string; publishedOn: string; title: string }): Promise<{ id: string }> {
  const date = calendarDateSchema.safeParse(options.publishedOn);
  if (!date.success) throw new AppError("INVALID_INPUT", date.error.issues[0]?.message);
  const title = options.title.trim();
  if (!title || title.length > 500) throw new AppError("INVALID_INPUT", "标题不能为空，最多500字。");
  const channel = await channelForWrite(options.actor, options.channelId);
  return db().$transaction(async (tx) => {
    const row = await tx.channelItem.create({ data: { channelId: channel.id, publishedOn: date.data, title } });
    await writeRegisterAudit(tx, options.actor, [{ entity: "channel", entityId: channel.id, action: "item", after: { publishedOn: date.data, title } }]);
    return { id: row.id };
  });
}

async function channelsOf(orgId: string): Promise<ChannelView[]> {
  const rows = await db().channel.findMany({ where: { orgId }, orderBy: [{ kind: "asc" }, { name: "asc" }] });
  return rows.map((row) => ({ id: row.id, orgId: row.orgId, name: row.name, kind: row.kind, kindLabel: KIND_LABELS[row.kind], address: row.address }));
}

export async function listChannels(options: { actor: Actor; orgId: string }): Promise<ChannelView[]> {
  const ids = await registerScope(options.actor);
  if (!canSeeOrg(ids, options.orgId)) return [];
  return channelsOf(options.orgId);
}

/**
 * A unit's channels as its 政府信息公开目录 shows them to everyone: a channel is where the unit
 * publishes, public by nature (a published report lists them too); its counts are not read here.
 */
export function listPublicChannels(orgId: string): Promise<ChannelView[]> {
  return channelsOf(orgId);
}

/** Every channel of the unit with its count for the year: typed if there is one, else the log's. */
export async function channelCountsForYear(options: { actor: Actor; orgId: string; year: number }): Promise<ChannelYear[]> {
  assertReportYear(options.year);
  const channels = await listChannels(options);
  if (channels.length === 0) return [];
  const channelIds = channels.map((c) => c.id);
  const [typed, logged] = await Promise.all([
    db().channelCount.findMany({ where: { channelId: { in: channelIds }, year: options.year } }),
    db().channelItem.groupBy({
      by: ["channelId"],
      where: { channelId: { in: channelIds }, publishedOn: { gte: `${options.year}-01-01`, lte: `${options.year}-12-31` } },
      _count: { _all: true },
    }),
  ]);
  const typedBy = new Map(typed.map((t) => [t.channelId, t.count]));
  const loggedBy = new Map(logged.map((l) => [l.channelId, l._count._all]));
  return channels.map((channel) => {
    const typedCount = typedBy.get(channel.id) ?? null;
    const loggedCount = loggedBy.get(channel.id) ?? 0;
    return {
      ...channel,
      channelId: channel.id,
      typed: typedCount,
      logged: loggedCount,
      count: typedCount ?? loggedCount,
      source: typedCount === null ? "log" : "typed",
    };
  });
}
