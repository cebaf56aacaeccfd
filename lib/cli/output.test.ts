import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { CliError } from "@/lib/cli/args";
import { describeFailure, reportFailure } from "@/lib/cli/output";
import { terminal } from "@/lib/cli/terminal";

/** What a database error from the client looks like: its message quotes the code that made the call. */
function databaseError(code: string | undefined): Error {
  const message = "\nInvalid `tx.cell.upsert()` invocation in\n/srv/nianbao/lib/data/reports.ts:285:19\n\n→ 285   await tx.cell.upsert(\nValue out of range for the type: numeric field overflow";
  return Object.assign(new Error(message), { name: "PrismaClientKnownRequestError", code });
}

const saved = { ...terminal };
afterEach(() => {
  Object.assign(terminal, saved);
  delete process.env.NIANBAO_DEBUG;
});

function captureStderr(): () => string {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  terminal.stderr = stream;
  return () => text;
}

describe("the one line of a failure", () => {
  it("says in Chinese that another operation was writing the same thing (unique key, write conflict)", () => {
    for (const code of ["P2002", "P2034"]) {
      expect(describeFailure(databaseError(code))).toEqual({ line: "同一内容正在被另一操作写入，本次操作未生效，请稍后重试。", exitCode: 2 });
    }
  });

  it("says the database was busy when a transaction ran out of time", () => {
    expect(describeFailure(databaseError("P2028")).line).toBe("数据库繁忙，操作未能在时限内完成，未写入任何内容，请稍后重试。");
  });

  it("shows an unexpected error only by an id: no message, code path, source line or class name", () => {
    const { line, exitCode, errorId } = describeFailure(databaseError("P2020"));
    expect(exitCode).toBe(2);
    expect(errorId).toMatch(/^[0-9a-f]{8}$/);
    expect(line).toBe(`出错了：发生意外错误，操作可能未完成（错误编号 ${errorId}）。设置环境变量 NIANBAO_DEBUG=1 后重新运行可显示详细信息。`);
  });

  it("keeps a command's own message and exit code", () => {
    expect(describeFailure(new CliError("文件 a.json 有错误", 1))).toEqual({ line: "文件 a.json 有错误", exitCode: 1 });
  });

  it("prints the details under the id only with NIANBAO_DEBUG=1", () => {
    const quiet = captureStderr();
    reportFailure(databaseError(undefined));
    expect(quiet().split("\n").filter(Boolean)).toHaveLength(1);
    expect(quiet()).not.toContain("reports.ts");

    process.env.NIANBAO_DEBUG = "1";
    const loud = captureStderr();
    reportFailure(databaseError(undefined));
    const id = /错误编号 ([0-9a-f]{8})/.exec(loud())?.[1];
    expect(loud()).toContain(`错误编号 ${id}：PrismaClientKnownRequestError`);
    expect(loud()).toContain("numeric field overflow");
  });
});
