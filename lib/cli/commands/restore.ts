// restore FILE: a backup (backup -o FILE) into an empty database, all or nothing.
import { parseCommandArgs } from "@/lib/cli/args";
import { openInputFile, say } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { describeBackup } from "@/lib/backup/describe";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { getDatabase } from "@/lib/db";

export const usage = `用法：${PROGRAM} restore FILE

把备份文件（${PROGRAM} backup -o FILE 生成）恢复到一个空数据库：所有数据保持原样，包括各条记录的
标识、时间和已发布报告的各个版本。内置数据库和 PostgreSQL 之间可以互相恢复。

只能恢复到空数据库（新建的 PostgreSQL 数据库，或一个新的内置数据库目录 DATABASE_URL=file:…）；
数据库中已有单位、账号、报告等数据时拒绝恢复。恢复在一个事务中完成：文件损坏或不完整时，数据库保持为空。
先建立与备份相同的数据库结构，恢复数据后再升级到本程序的结构；不能恢复较新版本程序的备份。

备份不含密码哈希时（备份时没有加 --with-passwords），恢复后所有账号都不能登录：
先用 ${PROGRAM} user passwd 用户名 为管理员设置密码，再由管理员在“账号管理”中重置其他账号的密码。

参数：
  FILE     备份文件
选项：
  --help   显示本说明

退出码：0 成功；2 文件无法读取、已损坏或不完整、数据库不是空的、参数有误或数据库正被占用。
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { positionals } = parseCommandArgs(args, {}, { min: 1, max: 1, names: "FILE" });
  const file = positionals[0]!;
  const input = openInputFile(file);
  const started = Date.now();
  try {
    const summary = await restoreBackup({ database: getDatabase(), input });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const migrated = summary.migrated.length > 0 ? `已升级数据库结构：${summary.migrated.join("、")}。` : "";
    say(`已从 ${file} 恢复（用时 ${seconds} 秒）：${describeBackup(summary.rows)}${migrated}`);
    if (!summary.passwords && (summary.rows.User ?? 0) > 0) {
      say(`备份不含密码哈希，所有账号暂时都不能登录：请先用 ${PROGRAM} user passwd 用户名 为管理员设置密码，再由管理员重置其他账号的密码。`);
    }
    return 0;
  } finally {
    input.destroy();
  }
}
