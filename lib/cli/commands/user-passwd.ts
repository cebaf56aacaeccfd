// user passwd U [--must-change]: a new password for an account, read from stdin like
// `user add`. The account's sessions end and a login lock is lifted.
import { parseCommandArgs } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { say } from "@/lib/cli/output";
import { readPassword } from "@/lib/cli/password";
import { PROGRAM } from "@/lib/cli/program";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { setUserPassword } from "@/lib/data/users";

const OPTIONS = {
  "must-change": { type: "boolean" },
} as const;

export const usage = `用法：${PROGRAM} user passwd U [--must-change]

为账号 U 设置新密码。密码从标准输入的第一行读取（至少 ${MIN_PASSWORD_LENGTH} 个字符）；
在终端中直接运行时会提示输入两次，输入内容不显示。该账号已登录的会话随即结束，登录失败造成的等待解除。

参数：
  U               用户名
选项：
  --must-change   该用户下次登录后必须先修改这个密码（把密码告知他人时使用）
  --help          显示本说明

例：printf '%s\\n' '新密码' | ${PROGRAM} user passwd admin
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, { min: 1, max: 1, names: "U（用户名）" });
  const username = positionals[0];
  const password = await readPassword("未修改密码");
  await openDatabase();
  await setUserPassword({ actor: CLI_ACTOR, username, password, mustChangePassword: values["must-change"] });
  say(`已为账号 ${username} 设置新密码${values["must-change"] ? "，下次登录后须修改" : ""}`);
  return 0;
}
