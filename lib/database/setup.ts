// Run by `npm start` / `npm run dev` / `npm run setup` before the server starts: opens the
// database, applies the migrations, loads the sample data into an empty database, makes
// sure there is a session secret, and says what it did and how to go on. There is no
// default account and no default password: the first admin is created on the command line.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { oneLine } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { closeDatabase, getDatabase } from "@/lib/db";
import { describeDatabase } from "@/lib/database/config";
import { DatabaseInUseError } from "@/lib/database/lock";
import { prepareDatabase } from "@/lib/database/prepare";
import { readEnv, SECRET_FILE } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { loadSampleData } from "@/lib/sample/load";

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * NEXTAUTH_SECRET, or else a random secret generated once into .data/nextauth-secret
 * (mode 600, gitignored with .data/), which lib/env.ts reads. Never a fixed fallback.
 */
function ensureSessionSecret(): string {
  if (readEnv().NEXTAUTH_SECRET) return "会话密钥：使用环境变量 NEXTAUTH_SECRET。";
  const relative = path.relative(process.cwd(), SECRET_FILE);
  if (fs.existsSync(SECRET_FILE) && fs.readFileSync(SECRET_FILE, "utf8").trim().length >= 32) {
    if ((fs.statSync(SECRET_FILE).mode & 0o077) !== 0) fs.chmodSync(SECRET_FILE, 0o600);
    return `会话密钥：使用 ${relative}。`;
  }
  fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  fs.writeFileSync(SECRET_FILE, `${crypto.randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  fs.chmodSync(SECRET_FILE, 0o600);
  return `会话密钥：未设置 NEXTAUTH_SECRET，已生成随机密钥并保存到 ${relative}（仅本机可读；多台服务器时请改设 NEXTAUTH_SECRET）。`;
}

async function setup(): Promise<void> {
  const env = readEnv();
  const database = getDatabase();
  print(`数据库：${describeDatabase(database.config)}`);
  // Several instances may start at once on one PostgreSQL server: one of them migrates and
  // loads the sample data, the others wait and find it done.
  await database.exclusive(async () => {
    const { applied, noticesAdded } = await prepareDatabase(database);
    print(applied.length > 0 ? `已应用数据库迁移：${applied.join("、")}` : "数据库结构已是最新。");
    if (noticesAdded.length > 0) print(`已载入国务院办公厅节假日安排通知 ${noticesAdded.length} 份（用于计算答复期限）。`);
    const orgs = await database.prisma.org.count();
    if (orgs === 0 && env.NIANBAO_SAMPLE_DATA === "0") {
      print("数据库为空；NIANBAO_SAMPLE_DATA=0，未载入示例数据。");
    } else if (orgs === 0) {
      const loaded = await loadSampleData({ actor: CLI_ACTOR });
      print(`数据库为空，已载入示例数据：${loaded.orgs} 个单位，${loaded.reports} 份已发布的报告（${loaded.titles.join("；")}）。`);
    } else {
      print(`数据库中已有 ${orgs} 个单位，未载入示例数据。`);
    }
  });
  print(ensureSessionSecret());
  const admins = await database.prisma.user.count({ where: { role: "admin" } });
  const port = env.PORT ?? 3000;
  print(`网站地址：http://localhost:${port}`);
  if (admins === 0) {
    print("还没有管理员账号（系统没有默认账号和默认密码）。创建第一个管理员：");
    print(`  printf '%s\\n' '密码' | ${PROGRAM} user add --username admin --role admin`);
  } else {
    print(`已有 ${admins} 个管理员账号。`);
  }
}

async function main(): Promise<number> {
  let exitCode = 0;
  try {
    await setup();
  } catch (error) {
    const known = error instanceof DatabaseInUseError || isAppError(error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${oneLine(known ? message : `启动准备失败：${message}`)}\n`);
    if (process.env.NIANBAO_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    exitCode = 2;
  }
  try {
    await closeDatabase();
  } catch (error) {
    process.stderr.write(`${oneLine(`关闭数据库时出错：${error instanceof Error ? error.message : String(error)}`)}\n`);
    exitCode = 2;
  }
  return exitCode;
}

main().then((code) => {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 3000).unref();
});
