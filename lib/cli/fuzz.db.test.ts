// The command line under generated input: argument lists drawn from every command's options
// with good and bad values, and files that are truncated, binary, empty, huge-numbered, of the
// wrong shape or not files at all. Whatever comes in, the answer is an exit code of 0, 1 or 2
// and messages for a person: no stack trace, no database error text, no path of the code.
// The generator is seeded (FUZZ_SEED, FUZZ_RUNS), so a failure can be replayed exactly.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROGRAM } from "@/lib/cli/program";
import { runCliInProcess } from "@/lib/cli/testing/in-process";
import type { CliRun } from "@/lib/cli/testing/run-cli";
import { consistentCells, makeCounty } from "@/lib/data/test-factories";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import { mulberry32, pick, type Random } from "@/lib/register/testing";

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

interface Case {
  args: string[];
  input?: string;
}

interface Problem {
  run: number;
  args: string[];
  code: number | null;
  problem: string;
  stderr: string;
}

let tmp: string;
let slugs: string[];
let files: string[];
let csvFiles: string[];

const CELL_KEYS = listCells(getFormat("gov-2021")).map((cell) => cell.key);
const HUGE_NUMBERS = ["1e15", "999999999999999", "1000000000000000", "9007199254740993", "1e18", "1e19", "1e308", "1e400", "-1e400", "-5", "0.1234567", "1e-7", "12.5"];

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

function documentText(cells: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: "gov-2021", year: 2023, organization: "甲镇", cells, ...extra }, null, 1);
}

/** Interchange files: one good, the rest broken in every way a person's file can be. */
function makeDocumentFiles(random: Random): string[] {
  const good = documentText(consistentCells());
  const made = [write("good.json", good), write("empty.json", ""), write("bom-only.json", "\uFEFF"), write("null.json", "null")];
  for (let i = 0; i < 12; i++) made.push(write(`truncated-${i}.json`, good.slice(0, Math.floor(random() * good.length))));
  for (let i = 0; i < 6; i++) made.push(write(`bytes-${i}.json`, Uint8Array.from({ length: 1 + Math.floor(random() * 400) }, () => Math.floor(random() * 256))));
  HUGE_NUMBERS.forEach((number, i) => {
    // Written as raw JSON text, so that 1e400 reaches the parser as it would from a file.
    const key = pick(random, CELL_KEYS);
    made.push(write(`huge-${i}.json`, good.replace(`"${key}": 0`, `"${key}": ${number}`)));
    made.push(write(`fees-${i}.json`, good.replace(`"t2.fees.amount": 0`, `"t2.fees.amount": ${number}`)));
  });
  const wrong: Record<string, unknown>[] = [
    { format: "gov-2021", year: "2023", organization: "甲镇", cells: {} },
    { format: "gov-2099", year: 2023, organization: "甲镇", cells: {} },
    { format: "gov-2021", year: 1999, organization: "甲镇", cells: {} },
    { format: "gov-2021", year: 2101, organization: "甲镇", cells: {} },
    { format: "gov-2021", year: 1e20, organization: "甲镇", cells: {} },
    { format: "gov-2021", year: 2023, organization: "", cells: {} },
    { format: "gov-2021", year: 2023, organization: 5, cells: [] },
    { format: "gov-2021", year: 2023, organization: "甲镇", cells: { "t3.new.natural": "12" } },
    { format: "gov-2021", year: 2023, organization: "甲镇", cells: { "t3.new.natural": true } },
    { format: "gov-2021", year: 2023, organization: "甲镇", cells: { "t3.new.natural": {} } },
    { format: "gov-2021", year: 2023, organization: "甲镇", cells: { "t9.nothing.here": 1 } },
    { format: "gov-2021", year: 2023, organization: "甲镇", cells: consistentCells(), sections: { overview: 12 } },
    { format: "gov-2021", year: 2023, organization: "甲镇", cells: consistentCells(), sections: { nowhere: "文字" } },
    { format: "gov-2021", year: 2023, organization: "甲镇", cells: consistentCells(), sections: "总体情况" },
    { format: "gov-2019", year: 2020, organization: "甲镇", cells: { "t2.license.change": -18 } },
    { format: "legacy-2014", year: 2018, organization: "甲镇", cells: { "t1.fees.value": 0.5 } },
  ];
  wrong.forEach((doc, i) => made.push(write(`wrong-${i}.json`, JSON.stringify(doc))));
  made.push(write("array.json", "[1, 2, 3]"), write("gbk.json", Buffer.from("7b22666f726d6174223a22b8f1cabd227d", "hex")));
  return made;
}

/** Register spreadsheets: headers right or wrong, rows good, bad, or out of any column's range. */
function makeRegisterFiles(random: Random): string[] {
  const header = "编号,收到日期,渠道,申请人类型,办结日期,办理结果";
  const rows = [
    "2023-0001,2023-03-01,网络,自然人,2023-03-10,granted",
    "2023-2147483648,2023-03-01,网络,自然人,,",
    "2023-99999999999999999999,2023-03-01,网络,自然人,,",
    "2023-0002,2023-02-30,网络,自然人,,",
    "2023-0003,9999-01-01,当面,商业企业,,",
    "=HYPERLINK(\"x\"),2023-03-01,信函,自然人,,",
    "2023-0004,2023-03-01,飞鸽,外星人,2023-01-01,不存在的结果",
  ];
  const made = [write("register-empty.csv", ""), write("register-header.csv", `${header}\n`), write("register-noheader.csv", rows.join("\n"))];
  for (let i = 0; i < 8; i++) {
    const chosen = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, rows));
    made.push(write(`register-${i}.csv`, [header, ...chosen].join("\n")));
  }
  made.push(write("register-gbk.csv", Buffer.from("b1e0bac52cd5d5cadab5bdc8d5c6da0a", "hex")));
  made.push(write("register-bytes.xlsx", Uint8Array.from({ length: 300 }, () => Math.floor(random() * 256))));
  made.push(write("register-zip.xlsx", Buffer.from("504b0506000000000000000000000000000000000000", "hex")));
  made.push(write("register.txt", header));
  return made;
}

function randomText(random: Random): string {
  const alphabets = ["abcxyz-_.", "0123456789", "甲乙丙镇县区报告", "-=/\\'\"`$%{}[]", " \t"];
  const alphabet = pick(random, alphabets);
  return Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
}

function value(random: Random, kind: "slug" | "year" | "file" | "csv" | "out" | "text"): string {
  switch (kind) {
    case "slug":
      return pick(random, [...slugs, ...slugs, "no-such-unit", "", "镇", "a".repeat(300), "'; drop table org; --", randomText(random)]);
    case "year":
      return pick(random, ["2023", "2023", "2021", "2019", "2018", "2008", "2007", "2100", "2101", "0", "-1", "abc", "2021.5", "1e3", "0x7e5", "99999999999999999999", "", " 2021 ", "２０２１", randomText(random)]);
    case "file":
      return random() < 0.85 ? pick(random, files) : pick(random, [tmp, path.join(tmp, "missing.json"), `${pick(random, files)}/`, "", "-"]);
    case "csv":
      return random() < 0.85 ? pick(random, csvFiles) : pick(random, [tmp, path.join(tmp, "missing.csv"), pick(random, files)]);
    case "out":
      return pick(random, [path.join(tmp, `out-${Math.floor(random() * 5)}`), tmp, path.join(tmp, "no-dir", "out.json"), ""]);
    case "text":
      return randomText(random);
  }
}

type Template = (random: Random) => Case;

const option = (random: Random, name: string, kind: Parameters<typeof value>[1], chance = 0.9): string[] => (random() < chance ? [name, value(random, kind)] : []);
const flag = (random: Random, name: string, chance = 0.3): string[] => (random() < chance ? [name] : []);

const TEMPLATES: [weight: number, template: Template][] = [
  [25, (r) => ({ args: ["import", value(r, "file"), ...option(r, "--org", "slug"), ...flag(r, "--publish"), ...option(r, "--reason", "text", 0.15)] })],
  [14, (r) => ({ args: ["validate", value(r, "file"), ...flag(r, "--json", 0.5)] })],
  [10, (r) => ({ args: ["export", ...option(r, "--org", "slug"), ...option(r, "--year", "year"), "--as", pick(r, ["json", "csv", "xlsx", "docx", "pdf"]), ...flag(r, "--rollup", 0.2), ...option(r, "-o", "out", 0.4)] })],
  [8, (r) => ({ args: ["rollup", ...option(r, "--parent", "slug"), ...option(r, "--year", "year"), "--as", pick(r, ["json", "xlsx", "csv"]), ...flag(r, "--include-submitted"), ...flag(r, "--include-own"), ...option(r, "-o", "out", 0.4)] })],
  [10, (r) => ({ args: ["register", "import", value(r, "csv"), ...option(r, "--org", "slug")] })],
  [6, (r) => ({ args: ["register", "derive", ...option(r, "--org", "slug"), ...option(r, "--year", "year"), ...option(r, "-o", "out", 0.3)] })],
  [6, (r) => ({ args: ["deadline", "--received", pick(r, ["2023-03-01", "2023-02-30", "1900-01-01", "9999-12-31", "2023-3-1", value(r, "text")]), ...option(r, "--days", "year", 0.4), ...flag(r, "--extend"), ...option(r, "--pause", "text", 0.3), ...flag(r, "--json")] })],
  [5, (r) => ({ args: ["org", "add", ...option(r, "--slug", "text"), ...option(r, "--name", "text"), ...option(r, "--parent", "slug", 0.5), ...option(r, "--kind", "text", 0.3)] })],
  [5, (r) => ({ args: ["user", pick(r, ["add", "passwd", "disable", "enable"]), ...(r() < 0.5 ? [value(r, "text")] : []), ...option(r, "--username", "text", 0.5), ...option(r, "--role", "text", 0.5), ...option(r, "--org", "slug", 0.3)], input: r() < 0.7 ? `${value(r, "text")}\n` : "" })],
  [3, (r) => ({ args: [pick(r, ["org", "user"]), "list", ...(r() < 0.3 ? [value(r, "text")] : [])] })],
  [8, (r) => ({ args: Array.from({ length: Math.floor(r() * 5) }, () => (r() < 0.5 ? pick(r, ["import", "export", "org", "user", "register", "--help", "-o", "--org", "--year", "--", "-"]) : value(r, "text"))) })],
];

/** A case with, now and then, one extra token where it does not belong. */
function generate(random: Random): Case {
  const total = TEMPLATES.reduce((sum, [weight]) => sum + weight, 0);
  let roll = random() * total;
  const template = TEMPLATES.find(([weight]) => (roll -= weight) < 0)?.[1] ?? TEMPLATES[0][1];
  const generated = template(random);
  if (random() < 0.25) {
    const extra = pick(random, ["--org", "--year", "--unknown", "-x", "--publish=yes", "--", value(random, "text"), value(random, "file")]);
    generated.args.splice(1 + Math.floor(random() * generated.args.length), 0, extra);
  }
  return generated;
}

const LEAKS: [pattern: RegExp, what: string][] = [
  [/prisma/i, "mentions Prisma"],
  [/Invalid `/, "Prisma's message"],
  [/node_modules/, "a module path"],
  [/^\s+at\s|\bat\s+\S+\s+\(|:\d+:\d+\)?$/m, "a stack frame"],
  [/\.(?:ts|tsx|js|mjs|cjs)\b/, "a source file"],
  [/(?:^|[\s"'(（“：])\/[\w.-]+\//, "a file path"],
  [/\b[A-Z]\w*(?:Error|Exception)\b/, "an error class"],
  [/\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b|\bviolates\b|\bconstraint\b/, "SQL or a database message"],
  // A message for a Chinese reader names options and values, but never says a sentence in English.
  [/\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}\b/, "an English message"],
];

const CJK = /[\u4e00-\u9fff]/;

/** A run that never finishes is a failure of its own (exit code null), not a stuck test. */
const RUN_TIMEOUT = 20_000;

async function withinTime(run: Promise<CliRun>, ms: number): Promise<CliRun> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CliRun>((resolve) => (timer = setTimeout(() => resolve({ code: null, stdout: "", stderr: "（未在规定时间内结束）" }), ms)));
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What is wrong with a run's output, or null. The arguments given may appear as they were typed. */
function problemOf(run: CliRun, given: readonly string[]): string | null {
  if (run.code !== 0 && run.code !== 1 && run.code !== 2) return `exit code ${run.code}`;
  let stderr = run.stderr;
  for (const token of [...given, tmp, PROGRAM].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length)) stderr = stderr.split(token).join("«»");
  for (const [pattern, what] of LEAKS) if (pattern.test(stderr)) return `stderr shows ${what}`;
  if (!run.stdout.startsWith("PK") && /Invalid `|node_modules|\n\s+at\s/.test(run.stdout)) return "stdout shows an error";
  if (run.code !== 0) {
    const last = run.stderr.trimEnd().split("\n").at(-1) ?? "";
    if (!CJK.test(last)) return "the failure is not explained in Chinese";
  }
  return null;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-fuzz-"));
  const { county, town, other } = await makeCounty();
  slugs = [county.slug, town.slug, other.slug];
  const random = mulberry32(SEED);
  files = makeDocumentFiles(random);
  csvFiles = makeRegisterFiles(random);
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the command line under generated input", () => {
  it(`answers ${RUNS} generated runs (seed ${SEED}) with exit 0, 1 or 2 and no stack trace, database text or code path`, { timeout: 600_000 }, async () => {
    const random = mulberry32(SEED + 1);
    const problems: Problem[] = [];
    const codes = new Map<number | null, number>();
    for (let run = 0; run < RUNS; run++) {
      const { args, input } = generate(random);
      const result = await withinTime(runCliInProcess(args, { input }), RUN_TIMEOUT);
      codes.set(result.code, (codes.get(result.code) ?? 0) + 1);
      const problem = problemOf(result, args);
      if (problem) problems.push({ run, args, code: result.code, problem, stderr: result.stderr.slice(0, 400) });
    }
    console.info(`command-line fuzz: ${RUNS} runs, seed ${SEED}, exit codes ${JSON.stringify(Object.fromEntries(codes))}, ${problems.length} with problems`);
    for (const problem of problems.slice(0, 40)) console.info(JSON.stringify(problem));
    expect(problems.slice(0, 5)).toEqual([]);
    expect(problems.length).toBe(0);
    // The generator reaches every outcome: success, input errors and refusals.
    expect([...codes.keys()].sort()).toEqual([0, 1, 2]);
  });
});
