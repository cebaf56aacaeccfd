// Reads a password for `user add` and `user passwd`: the first line of stdin when it is a pipe or a file
// (printf '%s\n' '密码' | …), or typed twice without echo when stdin is a terminal.
import type { Readable } from "node:stream";
import { CliError } from "@/lib/cli/args";
import { terminal } from "@/lib/cli/terminal";

/** `unchanged` says what did not happen when the user gives up, e.g. "未创建用户". */
export async function readPassword(unchanged = "未创建用户"): Promise<string> {
  const password = terminal.stdin.isTTY ? await promptTwice(unchanged) : await readFirstLine(terminal.stdin);
  if (!password) throw new CliError("没有读到密码：请从标准输入提供密码（第一行），例如 printf '%s\\n' '密码' | …");
  return password;
}

async function readFirstLine(stream: Readable): Promise<string> {
  stream.setEncoding("utf8");
  let buffer = "";
  for await (const chunk of stream) {
    buffer += String(chunk);
    const end = buffer.indexOf("\n");
    if (end !== -1) {
      buffer = buffer.slice(0, end);
      break; // leaving the loop destroys stdin, so nothing keeps the process waiting
    }
  }
  return buffer.replace(/\r$/, "");
}

async function promptTwice(unchanged: string): Promise<string> {
  const first = await promptHidden("密码：", unchanged);
  if (!first) return first;
  const second = await promptHidden("再输入一次：", unchanged);
  if (first !== second) throw new CliError(`两次输入的密码不一致，${unchanged}。`);
  return first;
}

function promptHidden(prompt: string, unchanged: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") {
          finish();
          resolve(value);
          return;
        }
        if (char === "\u0003") {
          finish();
          reject(new CliError(`已取消，${unchanged}。`));
          return;
        }
        if (char === "\u007f" || char === "\b") value = Array.from(value).slice(0, -1).join("");
        else value += char;
      }
    };
    process.stderr.write(prompt);
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.on("data", onData);
    stdin.resume();
  });
}
