// user list: every account, as a table on stdout.
import { parseCommandArgs } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { writeData } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { chinaDateTime, tsv } from "@/lib/cli/table";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { listAccounts } from "@/lib/data/users";

export const usage = `用法：${PROGRAM} user list

列出全部账号，输出到标准输出：制表符分隔，第一行为列名：用户名、姓名、角色（staff、reviewer、admin）、
单位（单位标识，系统管理员为空）、状态（正常、已停用、待修改密码）、最近登录（北京时间，从未登录为空）。

选项：
  --help    显示本说明
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  parseCommandArgs(args, {});
  await openDatabase();
  const accounts = await listAccounts({ actor: CLI_ACTOR });
  const rows = accounts.map((account) => [
    account.username,
    account.displayName ?? "",
    account.role,
    account.orgSlug ?? "",
    account.status === "disabled" ? "已停用" : account.mustChangePassword ? "待修改密码" : "正常",
    account.lastLoginAt ? chinaDateTime(account.lastLoginAt) : "",
  ]);
  writeData(tsv(["用户名", "姓名", "角色", "单位", "状态", "最近登录"], rows));
  return 0;
}
