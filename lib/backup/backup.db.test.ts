// Backup and restore between real databases: this file's database (PGlite in memory, or
// PostgreSQL under test:pg) filled through the data layer, and fresh empty databases of both
// kinds to restore into.
import { randomBytes } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import zlib from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { writeBackup } from "@/lib/backup/write-backup";
import { addNotice } from "@/lib/data/calendar";
import { addChannelItem, createChannel, setChannelCount } from "@/lib/data/channels";
import { saveGuide } from "@/lib/data/guides";
import { createReviewCase, closeReviewCase } from "@/lib/data/register-cases";
import { addRequestEvent, createRequest } from "@/lib/data/register";
import { acknowledgeFinding } from "@/lib/data/acknowledgements";
import { saveNotificationRecipients, saveNotificationTemplate } from "@/lib/data/notifications";
import { createReport, importReport, saveReport } from "@/lib/data/reports";
import { makeActor } from "@/lib/data/test-factories";
import { getDatabase, openDatabaseAt, type Database } from "@/lib/db";
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from "@/lib/database/migrate";
import { isAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadSampleData, readSampleData } from "@/lib/sample/load";

const TODAY = "2026-12-20";
const MIGRATIONS = listMigrations().map((m) => m.name);
const LATEST = MIGRATIONS.at(-1)!;
// each test opens fresh databases (≈ 1.5 s apiece for PGlite to start): more than the usual time
const FRESH_DATABASES_TIMEOUT = 180_000;
const serverUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;
const opened: Database[] = [];
const createdDatabases: string[] = [];

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, never migrated database: PGlite in memory, or a new database on the test server. */
async function emptyDatabase(kind: "pglite" | "postgres"): Promise<Database> {
  if (kind === "pglite" || !serverUrl) {
    const database = openDatabaseAt({ kind: "memory" });
    opened.push(database);
    return database;
  }
  const name = `nianbao_restore_${randomBytes(6).toString("hex")}`;
  await onServer((c) => c.query(`CREATE DATABASE "${name}"`));
  createdDatabases.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openDatabaseAt({ kind: "postgres", url: url.toString() });
  opened.push(database);
  return database;
}

async function backup(database: Pick<Database, "transaction">, withPasswords: boolean): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeBackup({ database, out, withPasswords });
  return Buffer.concat(chunks);
}

function restore(database: Database, bytes: Buffer) {
  return restoreBackup({ database, input: Readable.from([bytes]) });
}

function linesOf(bytes: Buffer): string[] {
  return zlib.gunzipSync(bytes).toString("utf8").trimEnd().split("\n");
}

function gzipLines(lines: string[]): Buffer {
  return zlib.gzipSync(`${lines.join("\n")}\n`);
}

/** The message of the AppError the restore was refused with. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.message;
    throw error;
  }
  throw new Error("expected the restore to be refused");
}

async function orgCount(database: Database): Promise<number> {
  const [row] = await database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Org"`);
  return row?.n ?? -1;
}

let full: Buffer;

beforeAll(async () => {
  // the sample units with their real published reports (revision 1 each), and a correction (revision 2)
  await loadSampleData({ actor: CLI_ACTOR });
  const sample = readSampleData().reports.find((r) => r.org === "pingtan" && r.document.year === 2021);
  if (!sample) throw new Error("no sample report of 平潭 2021");
  await importReport({ actor: CLI_ACTOR, orgSlug: "pingtan", doc: sample.document, sections: sample.sections, publish: true, reason: "更正错别字" });
  const org = await getDatabase().prisma.org.findUniqueOrThrow({ where: { slug: "pingtan" } });
  const staff = await makeActor({ role: "staff", orgSlug: "pingtan", orgId: org.id, displayName: "林填报" });
  await makeActor({ role: "admin" });
  // 通知设置, and the 新申请 mail that the request below queues in the outbox
  await saveNotificationRecipients({ actor: staff, input: { orgId: org.id, recipients: "duty@pingtan.example.gov.cn" } });
  await saveNotificationTemplate({ actor: staff, input: { orgId: org.id, kind: "new_request", subject: "新申请 {编号}", body: "{单位名称}收到申请 {编号}。" } });
  const request = await createRequest({
    actor: staff,
    input: { orgId: org.id, channel: "post", receivedOn: "2025-03-03", applicantType: "natural", subject: "道路维修资金", applicantName: "张三" },
    today: TODAY,
  });
  await addRequestEvent({ actor: staff, input: { requestId: request.id, kind: "fee_charged", date: "2025-03-20", fee: { method: "per_page", quantity: 40 } }, today: TODAY });
  await addRequestEvent({ actor: staff, input: { requestId: request.id, kind: "answered", date: "2025-03-25", outcome: "partial" }, today: TODAY });
  const reviewCase = await createReviewCase({ actor: staff, input: { orgId: org.id, block: "review", filedOn: "2025-02-01" } });
  await closeReviewCase({ actor: staff, input: { caseId: reviewCase.id, result: "corrected", closedOn: "2025-04-01" } });
  const channel = await createChannel({ actor: staff, orgId: org.id, name: "平潭综合实验区政府网站", kind: "website", address: "https://www.pingtan.gov.cn" });
  await setChannelCount({ actor: staff, channelId: channel.id, year: 2025, count: 157 });
  await addChannelItem({ actor: staff, channelId: channel.id, publishedOn: "2025-05-06", title: "2024年政府信息公开工作年度报告" });
  await saveGuide({ actor: staff, input: { orgId: org.id, version: 0, office: "平潭综合实验区管委会办公室", phone: "0591-24311234" } });
  // a 2023 draft whose 上年结转 differs from 2022's published 结转下年度, with the reason given (说明原因)
  const draft = await createReport({ actor: staff, orgId: org.id, year: 2023 });
  const saved = await saveReport({ actor: staff, reportId: draft.id, version: 1, cells: { "t3.carried_in.natural": 999 }, sections: {} });
  await acknowledgeFinding({
    actor: staff,
    reportId: draft.id,
    version: saved.version,
    finding: { rule: "I5", cells: ["t3.carried_in.natural"], sections: ["requests"] },
    reason: "机构改革",
  });
  const notice = await addNotice({
    actor: CLI_ACTOR,
    input: { source: "form", form: { year: 2027, issuedOn: "2026-11-05", docNo: "国办发明电〔2026〕99号", festivals: [{ festival: "元旦", from: "2026-12-31", to: "2027-01-03", makeupWorkdays: [] }] } },
  });
  if (!notice.ok) throw new Error(notice.errors.join());
  full = await backup(getDatabase(), true);
}, FRESH_DATABASES_TIMEOUT);

afterAll(async () => {
  for (const database of opened.splice(0)) await database.close();
  for (const name of createdDatabases.splice(0)) await onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

describe("backup and restore", { timeout: FRESH_DATABASES_TIMEOUT }, () => {
  it("writes every model of the schema, each table with rows, and no time of its own", () => {
    const lines = linesOf(full);
    expect(JSON.parse(lines[0]!)).toEqual({ format: "nianbao-backup", version: 1, schema: LATEST, passwords: true });
    const tables = lines.filter((l) => l.startsWith('{"table"')).map((l) => (JSON.parse(l) as { table: string }).table);
    // a model added to prisma/schema.prisma without reaching the backup fails here
    expect([...tables].sort()).toEqual(Object.values(Prisma.ModelName).sort());
    const end = JSON.parse(lines.at(-1)!) as { end: Record<string, number> };
    expect(Object.entries(end.end).filter(([, rows]) => rows === 0)).toEqual([]);
    expect(end.end.ReportRevision).toBe(readSampleData().reports.length + 1);
    // parents before children: units before the reports and accounts that name them
    expect(tables.indexOf("Org")).toBeLessThan(tables.indexOf("Report"));
    expect(tables.indexOf("User")).toBeLessThan(tables.indexOf("AuditLog"));
  });

  it("gives the same file again after a restore into an empty database, PGlite and PostgreSQL each way", async () => {
    const first = await emptyDatabase(serverUrl ? "postgres" : "pglite");
    const summary = await restore(first, full);
    expect(summary).toMatchObject({ schema: LATEST, passwords: true, migrated: [] });
    const again = await backup(first, true);
    expect(again.equals(full)).toBe(true);
    // and across: from the database just restored into one of the other kind (under test:pg)
    const second = await emptyDatabase("pglite");
    await restore(second, again);
    const fromPglite = await backup(second, true);
    expect(fromPglite.equals(full)).toBe(true);
    // and back from PGlite into a server database (under test:pg)
    const third = await emptyDatabase(serverUrl ? "postgres" : "pglite");
    await restore(third, fromPglite);
    expect((await backup(third, true)).equals(full)).toBe(true);
    // cuid ids, hashes and the published snapshot are the originals
    const source = await getDatabase().prisma.user.findFirstOrThrow({ where: { displayName: "林填报" } });
    const [copy] = await second.sql.query<{ id: string; passwordHash: string }>(`SELECT "id", "passwordHash" FROM "User" WHERE "username" = $1`, [source.username]);
    expect(copy).toEqual({ id: source.id, passwordHash: source.passwordHash });
    expect(await verifyPassword(copy!.passwordHash, "correct horse battery")).toBe(true);
  });

  it("leaves password hashes out unless asked, and a restored account cannot log in until a password is set", async () => {
    const bare = await backup(getDatabase(), false);
    const text = zlib.gunzipSync(bare).toString("utf8");
    expect(text).not.toContain("$argon2");
    expect(JSON.parse(text.slice(0, text.indexOf("\n")))).toMatchObject({ passwords: false });
    const target = await emptyDatabase("pglite");
    await restore(target, bare);
    const hashes = await target.sql.query<{ passwordHash: string }>(`SELECT DISTINCT "passwordHash" FROM "User"`);
    expect(hashes).toEqual([{ passwordHash: UNUSABLE_PASSWORD_HASH }]);
    expect(await verifyPassword(UNUSABLE_PASSWORD_HASH, "correct horse battery")).toBe(false);
    expect((await backup(target, false)).equals(bare)).toBe(true);
  });

  it("refuses a database that is not empty, naming the table that has data", async () => {
    const before = await orgCount(getDatabase());
    expect(await refusal(restore(getDatabase(), full))).toBe(
      "数据库不是空的（数据表 HolidayNotice、CalendarDay、Org、Channel、ChannelCount、ChannelItem、InfoRequest、NotificationSettings、NotificationTemplate、OutboxMessage、Report、Cell、ReportRevision、RequestEvent、ReviewCase、Section、User、AuditLog、FindingAcknowledgement、UnitGuide 中已有数据），恢复只能写入空数据库，以免与现有数据混在一起：请新建一个空数据库（或换一个内置数据库目录 DATABASE_URL=file:…）后再恢复。",
    );
    expect(await orgCount(getDatabase())).toBe(before);
  });

  it("refuses a truncated or damaged file in one line and leaves the database empty", async () => {
    const target = await emptyDatabase(serverUrl ? "postgres" : "pglite");
    const lines = linesOf(full);
    const rowOfOrg = lines.findIndex((l) => l.startsWith('{"table":"Org"')) + 1;
    const rowOfParent = lines.findIndex((l, i) => i >= rowOfOrg && l.includes('"shapotou"'));
    const auditHeader = lines.findIndex((l) => l.startsWith('{"table":"AuditLog"'));
    const lastAuditRow = lines.findIndex((l, i) => i > auditHeader && l.startsWith("{")) - 1;
    const cases: [Buffer, string][] = [
      [full.subarray(0, Math.floor(full.length / 2)), "备份文件已损坏或不完整：文件被截断，第 "],
      [gzipLines(lines.slice(0, -1)), "备份文件已损坏或不完整：缺少结尾说明，文件可能被截断。请换用完整的备份文件。"],
      [gzipLines(lines.filter((_, i) => i !== lastAuditRow)), "备份文件已损坏或不完整：数据表 AuditLog 应有 "],
      [gzipLines(lines.filter((_, i) => i !== rowOfParent)), "备份文件已损坏或不完整：数据表 Org 的数据不符合数据库的约束（值的类型不对，或引用了不存在的行）。"],
      [gzipLines(lines.map((l, i) => (i === rowOfOrg ? l.replace(/^\["[^"]*",/, "[") : l))), `备份文件已损坏或不完整：第 ${rowOfOrg + 1} 行（数据表 Org）的列数不对。请换用完整的备份文件。`],
      [Buffer.from(lines.join("\n")), "备份文件已损坏或不完整：不是 gzip 压缩的公开年报备份。请换用完整的备份文件。"],
      [gzipLines(['{"hello":1}']), "这不是公开年报的备份文件（第一行应为备份说明）。"],
      [gzipLines([lines[0]!.replace(LATEST, "9999_future"), ...lines.slice(1)]), `备份来自较新版本的程序（数据库结构 9999_future，本程序最新为 ${LATEST}）：请先升级程序，再恢复。`],
    ];
    for (const [bytes, message] of cases) {
      const refused = await refusal(restore(target, bytes));
      expect(refused.startsWith(message), refused).toBe(true);
      expect(refused).not.toMatch(/\n/);
      expect(await target.sql.query(`SELECT 1 FROM "Org" UNION ALL SELECT 1 FROM "User" UNION ALL SELECT 1 FROM "AuditLog"`).catch(() => [])).toEqual([]);
    }
    await restore(target, full);
    expect((await backup(target, true)).equals(full)).toBe(true);
  });

  it("restores a backup of an older schema into a new database, then applies the later migrations", async () => {
    const old = await emptyDatabase("pglite");
    await applyMigrations(old.sql, MIGRATIONS_DIR, { until: "0003_county" });
    await old.sql.query(`INSERT INTO "Org" ("id", "slug", "name", "kind", "createdAt") VALUES ('c1', 'old', '旧单位', 'county', '2020-01-02T03:04:05.678Z')`);
    const bytes = await backup(old, true);
    expect(JSON.parse(linesOf(bytes)[0]!)).toMatchObject({ schema: "0003_county" });
    const target = await emptyDatabase(serverUrl ? "postgres" : "pglite");
    expect(await restore(target, bytes)).toMatchObject({ schema: "0003_county", rows: { Org: 1 }, migrated: MIGRATIONS.filter((name) => name > "0003_county") });
    expect(await target.sql.query(`SELECT "slug", "createdAt" = '2020-01-02 03:04:05.678' AS "sameTime" FROM "Org"`)).toEqual([{ slug: "old", sameTime: true }]);
    // a database already past the backup's schema cannot take it
    expect(await refusal(restore(await emptyDatabaseMigrated(), bytes))).toBe(
      `数据库的结构（${LATEST}）比备份（0003_county）新，旧版本的备份只能恢复到全新的数据库：请新建一个空数据库后再恢复。`,
    );
  });

  it("continues a serial column's sequence after the largest restored value", async () => {
    const source = await emptyDatabase("pglite");
    const target = await emptyDatabase(serverUrl ? "postgres" : "pglite");
    for (const database of [source, target]) {
      await applyMigrations(database.sql);
      await database.sql.exec(`CREATE TABLE "Probe" ("id" SERIAL PRIMARY KEY, "note" TEXT)`);
    }
    await source.sql.exec(`INSERT INTO "Probe" ("note") VALUES ('a'), ('b'), ('c')`);
    await restore(target, await backup(source, true));
    expect(await target.sql.query(`INSERT INTO "Probe" ("note") VALUES ('d') RETURNING "id"`)).toEqual([{ id: 4 }]);
  });
});

async function emptyDatabaseMigrated(): Promise<Database> {
  const database = await emptyDatabase("pglite");
  await applyMigrations(database.sql);
  return database;
}
