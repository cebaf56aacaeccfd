// The deadline command as a user runs it: most cases call the module's run() in-process (fast;
// a failure becomes main's one line via describeFailure), and a few go through lib/cli/main.ts
// in a real process, in time zones on both sides of UTC.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDatabase } from "@/lib/db";
import { CliError } from "@/lib/cli/args";
import { run, usage } from "@/lib/cli/commands/deadline";
import { describeFailure } from "@/lib/cli/output";
import { runCli, type CliRun } from "@/lib/cli/testing/run-cli";

let stdout: string;
let stderr: string;

beforeEach(() => {
  stdout = "";
  stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** What main.ts prints for a failed command: the exit code and one line on stderr. */
async function failure(args: string[]): Promise<{ exitCode: number; line: string }> {
  try {
    await run(args);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return describeFailure(error);
  }
  throw new Error("the command did not fail");
}

describe("deadline (run)", () => {
  // run() opens the database in this process: let it go, so that the commands below can open it.
  afterAll(closeDatabase);

  it("prints the due date alone on the first line, then one line per day", async () => {
    expect(await run(["--received", "2025-01-20"])).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("2025-02-21");
    expect(lines[1]).toBe("收到日期 2025-01-20（周一），期限 20 个工作日，收到当日不计入；期满日 2025-02-21（周五）。");
    expect(lines[2]).toBe("适用《政府信息公开条例》（2019年修订）（2019年4月3日国务院令第711号修订，2019年5月15日起施行）：答复期限 20 个工作日（条例第三十三条）。");
    expect(lines[3]).toBe("2025-01-20  周一  不计          收到申请当日不计入");
    expect(lines).toContain("2025-01-26  周日  第5个工作日   调休上班日（春节，国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》）");
    expect(lines).toContain("2025-01-28  周二  不计          法定节假日（春节，国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》）");
    expect(lines.at(-2)).toBe("2025-02-21  周五  第20个工作日  工作日");
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(3 + 33 + 1);
    expect(stderr).toBe("");
  });

  it("takes the period of the 2007 条例 for a request received before 2019-05-15, and its 15-day extension", async () => {
    expect(await run(["--received", "2019-05-14"])).toBe(0);
    let lines = stdout.split("\n");
    expect(lines[0]).toBe("2019-06-04");
    expect(lines[2]).toBe("适用2007年《政府信息公开条例》（2007年4月5日国务院令第492号公布，2008年5月1日起施行）：答复期限 15 个工作日（2007年《条例》第二十四条）。");
    stdout = "";
    // 06-05 and 06-06 are days 16 and 17, 端午 06-07 off, 06-26 is day 30.
    expect(await run(["--received", "2019-05-14", "--extend"])).toBe(0);
    lines = stdout.split("\n");
    expect(lines[0]).toBe("2019-06-26");
    expect(lines[1]).toContain("期限 15 个工作日，延长 15 个工作日，共 30 个工作日");
    expect(lines[2]).toContain("延长最长 15 个工作日（2007年《条例》第二十四条）");
  });

  it("--json prints {due, provisional, days} and nothing else", async () => {
    expect(await run(["--received", "2024-02-01", "--days", "7", "--json"])).toBe(0);
    expect(stdout.endsWith("}\n")).toBe(true);
    const result = JSON.parse(stdout) as { due: string; provisional: boolean; days: { date: string; counted: boolean; count?: number }[] };
    expect(Object.keys(result)).toEqual(["due", "provisional", "days"]);
    expect([result.due, result.provisional]).toEqual(["2024-02-09", false]);
    expect(result.days[3]).toEqual({
      date: "2024-02-04",
      weekday: "周日",
      counted: true,
      count: 2,
      reason: "调休上班日（春节，国办发明电〔2023〕7号《国务院办公厅关于2024年部分节假日安排的通知》）",
    });
  });

  it("--extend and repeated --pause move the due date and are named in the summary", async () => {
    expect(await run(["--received", "2025-01-20", "--extend", "--pause", "2025-02-10..2025-02-14", "--pause", "2025-03-03..2025-03-03"])).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("2025-03-31");
    expect(lines[1]).toBe(
      "收到日期 2025-01-20（周一），期限 20 个工作日，延长 20 个工作日，共 40 个工作日，暂停计算 2025-02-10 至 2025-02-14、2025-03-03 至 2025-03-03，收到当日不计入；期满日 2025-03-31（周一）。",
    );
    expect(lines).toContain("2025-02-10  周一  不计          暂停计算（征求第三方或其他机关意见，2025-02-10 至 2025-02-14）");
  });

  it("marks a provisional result 暂定 on stderr and in the explanation, first line still the date", async () => {
    expect(await run(["--received", "2026-12-10"])).toBe(0);
    const lines = stdout.split("\n");
    const message = "暂定：尚无 2027 年放假安排通知，期间内受其影响的日期只按周末和《全国年节及纪念日放假办法》第二条的法定节日计算；通知发布后应重新计算。";
    expect(lines[0]).toBe("2027-01-08");
    expect(lines[1]).toMatch(/期满日 2027-01-08（周五）（暂定）。$/);
    expect(lines[3]).toBe(message);
    expect(lines).toContain("2027-01-01  周五  不计          法定节假日（元旦，《全国年节及纪念日放假办法》第二条；暂定：尚无 2027 年放假安排通知）");
    expect(stderr).toBe(`${message}\n`);
  });

  it.each([
    [[], "缺少选项 --received"],
    [["--received", "2025-02-29"], "--received：2025-02-29 不是有效的日期"],
    [["--received", "20250120"], "--received：“20250120”不是 YYYY-MM-DD 格式的日期"],
    [["--received", "2025-01-20", "--days", "twenty"], "--days 的值“twenty”无效，应为 1 至 250 之间的整数"],
    [["--received", "2025-01-20", "--days", "0"], "--days 的值“0”无效，应为 1 至 250 之间的整数"],
    [["--received", "2025-01-20", "--pause", "2025-02-10"], "--pause 的值“2025-02-10”无效，应为 FROM..TO，例如 2025-03-03..2025-03-14"],
    [["--received", "2025-01-20", "--pause", "2025-02-14..2025-02-10"], "--pause 的开始日期 2025-02-14 晚于结束日期 2025-02-10"],
    [["--received", "2025-01-20", "--pause", "2025-02-10..2025-02-31"], "--pause：2025-02-31 不是有效的日期"],
    [["--received", "2025-01-20", "--extend=yes"], "选项 --extend 不带值"],
    [["--received", "2025-01-20", "--weeks", "2"], "未知选项 --weeks"],
  ])("exits 2 with one Chinese line for %j", async (args, line) => {
    expect(await failure(args)).toEqual({ exitCode: 2, line });
    expect(stdout).toBe("");
  });

  it("has a Chinese usage text in the shape main.ts expects", () => {
    expect(usage).toMatch(/^用法：npm run nianbao -- deadline --received YYYY-MM-DD \[--days N\] \[--extend\] \[--pause FROM\.\.TO\]… \[--json\]\n/);
  });
});

function cli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(args, { env });
}

describe("deadline (through lib/cli/main.ts)", () => {
  it("gives the same due dates in a time zone behind UTC (dates never shift)", async () => {
    // One after the other: two commands started together on a new embedded database take turns
    // with its folder, and the second may fall back to the shipped notices while the first sets it up.
    const losAngeles = await cli(["deadline", "--received", "2025-01-20"], { TZ: "America/Los_Angeles" });
    const shanghai = await cli(["deadline", "--received", "2025-01-20"], { TZ: "Asia/Shanghai" });
    expect(losAngeles.code).toBe(0);
    expect(losAngeles.stdout.split("\n")[0]).toBe("2025-02-21");
    expect(losAngeles.stdout).toBe(shanghai.stdout);
    expect(losAngeles.stderr).toBe("");
  }, 30_000);

  it("exits 2 with one line pointing to --help for a bad date", async () => {
    const bad = await cli(["deadline", "--received", "2025-02-30"]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe("--received：2025-02-30 不是有效的日期（npm run nianbao -- deadline --help 查看用法）\n");
  }, 30_000);
});
