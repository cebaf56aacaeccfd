// user add --username U --role staff|reviewer|admin [--org SLUG]: a new account. The
// password comes from stdin, never from the arguments (they end up in shell history).
import { oneOf, parseCommandArgs, required, UsageError } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { say } from "@/lib/cli/output";
import { readPassword } from "@/lib/cli/password";
import { PROGRAM } from "@/lib/cli/program";
import { CLI_ACTOR, ROLE_LABELS, type Role } from "@/lib/auth/actor";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { createUser } from "@/lib/data/users";

const OPTIONS = {
  username: { type: "string", value: "用户名" },
  role: { type: "string", value: "角色" },
  org: { type: "string", value: "SLUG" },
} as const;

const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const usage = `用法：${PROGRAM} user add --username U --role staff|reviewer|admin [--org SLUG]

新建一个用户账号。密码从标准输入的第一行读取（至少 ${MIN_PASSWORD_LENGTH} 个字符）；
在终端中直接运行时会提示输入两次，输入内容不显示。

选项：
  --username U    登录用的用户名（字母、数字、下划线、点或连字符）
  --role R        ${ROLES.map((role) => `${role}（${ROLE_LABELS[role]}）`).join("、")}
  --org SLUG      所属单位的标识；staff 和 reviewer 必须指定
  --help          显示本说明

例：printf '%s\\n' '密码' | ${PROGRAM} user add --username admin --role admin
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const username = required(values.username, "--username");
  const role = oneOf(required(values.role, "--role"), ROLES, "--role");
  if (role !== "admin" && !values.org) {
    throw new UsageError(`${ROLE_LABELS[role]}（${role}）必须用 --org 指定所属单位`);
  }
  const password = await readPassword();
  await openDatabase();
  await createUser({ actor: CLI_ACTOR, username, password, role, orgSlug: values.org });
  say(`已创建用户 ${username}（${ROLE_LABELS[role]}${values.org ? `，单位 ${values.org}` : ""}）`);
  return 0;
}
