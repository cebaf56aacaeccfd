// backup -o FILE [--with-passwords] [--force]: everything in the database to one file
// (lib/backup/format.ts). The file appears only when it is complete: it is written beside
// FILE under another name and renamed at the end.
import fs from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import { CliError, parseCommandArgs } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { checkBinaryOutput, createPrivateFile, say } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { describeBackup } from "@/lib/backup/describe";
import { writeBackup } from "@/lib/backup/write-backup";

const OPTIONS = {
  out: { type: "string", short: "o", value: "FILE" },
  "with-passwords": { type: "boolean" },
  force: { type: "boolean" },
} as const;

export const usage = `用法：${PROGRAM} backup -o FILE [--with-passwords] [--force]

把数据库中的全部数据写入一个备份文件：单位、账号、报告及其工作稿、已发布的各个版本、
依申请公开登记簿、行政复议和诉讼案件、公开渠道、节假日安排和审计日志。
文件为 gzip 压缩的 JSON Lines，同样的数据总是得到完全相同的文件；用 restore 恢复到空数据库。
备份在一个只读事务中完成，网站运行时也可以备份，得到的是同一时刻的数据。

选项：
  -o, --out FILE     写入的文件（不写时输出到标准输出，但不能是终端）
  --with-passwords   同时备份账号的密码哈希；不加时不含密码哈希，恢复后所有账号都不能登录，
                     须先用 ${PROGRAM} user passwd 为管理员设置密码，再由管理员重置其他账号的密码
  --force            FILE 已存在时覆盖它
  --help             显示本说明

备份文件含申请人的个人信息（和密码哈希），只有本机当前用户可读（权限 600），请妥善保管。
退出码：0 成功；2 文件已存在、无法写入、参数有误或数据库正被占用。
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const out = values.out;
  const withPasswords = values["with-passwords"];
  checkBinaryOutput("GZIP", out);
  if (out !== undefined && fs.existsSync(out) && !values.force) {
    throw new CliError(`文件 ${out} 已存在：如要覆盖，请加 --force。`);
  }
  const database = await openDatabase();
  const started = Date.now();
  if (out === undefined) {
    const summary = await writeBackup({ database, out: process.stdout, withPasswords });
    say(`${describeBackup(summary.rows)}${withPasswords ? "" : "不含密码哈希。"}`);
    return 0;
  }
  const partial = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.partial`);
  const stream = createPrivateFile(partial, out);
  try {
    const summary = await writeBackup({ database, out: stream, withPasswords });
    stream.end();
    await finished(stream);
    fs.renameSync(partial, out);
    const size = fs.statSync(out).size;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    say(`已备份到 ${out}（${(size / 1024).toFixed(0)} KB，用时 ${seconds} 秒）：${describeBackup(summary.rows)}${withPasswords ? "含密码哈希。" : "不含密码哈希。"}`);
    return 0;
  } catch (error) {
    stream.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
