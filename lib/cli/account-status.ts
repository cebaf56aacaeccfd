// What `user disable U` and `user enable U` share: the data layer has one rule for both.
import { parseCommandArgs } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { say } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { disableUser, enableUser } from "@/lib/data/users";
import type { CommandModule } from "@/lib/cli/command";

export function statusCommand(verb: "disable" | "enable"): CommandModule {
  const disabling = verb === "disable";
  const usage = `用法：${PROGRAM} user ${verb} U

${disabling ? "停用账号 U：它不能再登录，已登录的会话在下一次请求时结束。" : "启用账号 U：它可以重新登录。"}

参数：
  U         用户名
选项：
  --help    显示本说明
`;
  return {
    usage,
    async run(args) {
      const { positionals } = parseCommandArgs(args, {}, { min: 1, max: 1, names: "U（用户名）" });
      const username = positionals[0];
      await openDatabase();
      const { changed } = await (disabling ? disableUser : enableUser)({ actor: CLI_ACTOR, username });
      const done = disabling ? "已停用" : "已启用";
      say(changed ? `${done}账号 ${username}` : `账号 ${username} 原已${disabling ? "停用" : "启用"}，未作改动`);
      return 0;
    },
  };
}
