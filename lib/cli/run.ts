// The command line as a function of its arguments (design.md §8); main.ts runs it as a process.
// Exit 0 on success, 1 when the input has errors (findings of severity error), 2 when the
// input cannot be read or parsed, the arguments are wrong or the database is in use. A
// failure is always one line on stderr, never a stack trace (NIANBAO_DEBUG=1 adds details).
import { isHelpRequest, UsageError } from "@/lib/cli/args";
import type { CommandEntry } from "@/lib/cli/command";
import { COMMANDS } from "@/lib/cli/commands";
import { reportFailure } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { terminal } from "@/lib/cli/terminal";

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.synopsis.length));
  return [
    "公开年报命令行工具",
    "",
    `用法：${PROGRAM} <命令> [参数]`,
    "",
    "命令：",
    ...COMMANDS.map((command) => `  ${command.synopsis.padEnd(width)}  ${command.summary}`),
    "",
    `每个命令都接受 --help，例如：${PROGRAM} import --help`,
    "数据写到标准输出（或 -o 指定的文件），提示信息写到标准错误。",
    "退出码：0 成功；1 输入有错误（严重程度为“错误”的检查结果）；2 无法读取或解析输入、参数有误或数据库正被占用。",
    "数据库由环境变量 DATABASE_URL 决定：postgresql://… 为 PostgreSQL 服务器，file:目录 为内置数据库，未设置时为 .data/pglite。",
    "网站运行时也可以使用命令行：内置数据库由服务器共享给本机同一用户的命令行，无需停止网站。",
    "",
  ].join("\n");
}

function groupUsage(entries: readonly CommandEntry[]): string {
  return ["用法：", ...entries.map((entry) => `  ${PROGRAM} ${entry.synopsis}    ${entry.summary}`), ""].join("\n");
}

function commandList(): string {
  return COMMANDS.map((command) => command.name).join("、");
}

type Resolved =
  | { kind: "command"; entry: CommandEntry; rest: string[] }
  | { kind: "group"; group: string; entries: CommandEntry[]; rest: string[] };

function resolve(args: readonly string[]): Resolved {
  const [first, second] = args;
  const twoWords = COMMANDS.find((command) => command.name === `${first} ${second}`);
  if (twoWords) return { kind: "command", entry: twoWords, rest: args.slice(2) };
  const oneWord = COMMANDS.find((command) => command.name === first);
  if (oneWord) return { kind: "command", entry: oneWord, rest: args.slice(1) };
  const group = COMMANDS.filter((command) => command.name.startsWith(`${first} `));
  if (group.length > 0) return { kind: "group", group: first, entries: group, rest: args.slice(1) };
  throw new UsageError(`未知命令“${first}”。可用命令：${commandList()}（${PROGRAM} --help 查看用法）`);
}

async function closeDatabaseOfThisProcess(): Promise<void> {
  const { closeDatabase } = await import("@/lib/db");
  await closeDatabase();
}

export interface RunOptions {
  /** false keeps the database open after a command (the in-process tests share one database) */
  closeDatabase?: boolean;
}

/** Runs one command line and resolves to its exit code; whatever fails is reported on stderr. */
export async function runCommandLine(args: readonly string[], options: RunOptions = {}): Promise<number> {
  if (args.length === 0) {
    terminal.stderr.write(`缺少命令。可用命令：${commandList()}（${PROGRAM} --help 查看用法）\n`);
    return 2;
  }
  if (args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
    terminal.stdout.write(overview());
    return 0;
  }
  let entry: CommandEntry | undefined;
  let exitCode: number;
  try {
    const resolved = resolve(args);
    if (resolved.kind === "group") {
      if (isHelpRequest(resolved.rest)) {
        terminal.stdout.write(groupUsage(resolved.entries));
        return 0;
      }
      const names = resolved.entries.map((command) => command.name).join("、");
      const given = resolved.rest[0] ? `未知的子命令“${resolved.group} ${resolved.rest[0]}”` : `“${resolved.group}”缺少子命令`;
      throw new UsageError(`${given}：可用 ${names}`);
    }
    entry = resolved.entry;
    const command = await entry.load();
    if (isHelpRequest(resolved.rest)) {
      terminal.stdout.write(command.usage.endsWith("\n") ? command.usage : `${command.usage}\n`);
      exitCode = 0;
    } else {
      exitCode = await command.run(resolved.rest);
    }
  } catch (error) {
    exitCode = reportFailure(error, usageHint(error, entry));
  }
  if (entry?.database && options.closeDatabase !== false) {
    try {
      await closeDatabaseOfThisProcess();
    } catch (error) {
      exitCode = Math.max(exitCode, reportFailure(error));
    }
  }
  return exitCode;
}

function usageHint(error: unknown, entry: CommandEntry | undefined): string {
  return error instanceof UsageError && entry ? `（${PROGRAM} ${entry.name} --help 查看用法）` : "";
}
