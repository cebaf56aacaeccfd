// rollup --parent SLUG --year YYYY --as json|xlsx [--include-submitted] [--include-own]: the
// 汇总 of the units below a parent, as the interchange document of its sums plus the blanks
// per cell and the units summed (design.md §8), or as the county's workbook.
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { CliError, oneOf, parseCommandArgs, required, UsageError } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { checkBinaryOutput, openOutputFile, say, writeData } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { terminal } from "@/lib/cli/terminal";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { getOrgBySlug } from "@/lib/data/orgs";
import { computeRollup, rollupDocument, type Rollup } from "@/lib/data/rollups";
import { reportYearSchema } from "@/lib/validations/report";

const OPTIONS = {
  parent: { type: "string", value: "SLUG" },
  year: { type: "string", value: "YYYY" },
  as: { type: "string", value: "json|xlsx" },
  "include-submitted": { type: "boolean" },
  "include-own": { type: "boolean" },
  out: { type: "string", short: "o", value: "FILE" },
} as const;

const AS = ["json", "xlsx"] as const;

export const usage = `用法：${PROGRAM} rollup --parent SLUG --year YYYY --as json|xlsx [--include-submitted] [--include-own] [-o FILE]

汇总上级单位以下所有单位（含各级下属单位，每个单位只计一次）该年度已发布的本级报告：逐个单元格求和。
空白不等于 0：只对填写了数字的单元格求和；所有单位都空白的单元格在汇总中仍为空白。
各单位的报告格式必须相同，否则列出各格式的单位并退出。

选项：
  --parent SLUG         上级单位的标识，例如县区政府
  --year YYYY           报告年度
  --as json|xlsx        json：互换格式的汇总数，另有 "blanks"（每个单元格留空的单位数）和 "units"（参与汇总的单位标识）；
                        xlsx：汇总表（官方格式）和逐单位明细的工作簿
  --include-submitted   已提交审核、尚未发布的报告也计入（按其工作稿）
  --include-own         上级单位自己的本级报告也计入
  -o, --out FILE        写入文件，不写时输出到标准输出
  --help                显示本说明

退出码：0 成功；2 各单位的报告格式不一致、单位不存在、参数有误或数据库正被占用。
`;

/** A file, or standard output when checkBinaryOutput has let it through (a pipe, not a terminal). */
function binaryOutput(out: string | undefined): Writable {
  return out !== undefined ? openOutputFile(out) : terminal.stdout;
}

function describe(rollup: Rollup): string {
  const missing = rollup.missing.length > 0 ? `；未计入 ${rollup.missing.length} 个单位（${rollup.missing.map((m) => m.name).join("、")}）` : "";
  return `${rollup.parent.name} ${rollup.year} 年汇总：${rollup.units.length} 个单位${missing}。`;
}

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const parentSlug = required(values.parent, "--parent");
  const year = reportYearSchema.safeParse(required(values.year, "--year"));
  if (!year.success) throw new UsageError(`--year：${year.error.issues[0]?.message ?? "年度无效"}`);
  const as = oneOf(required(values.as, "--as"), AS, "--as");
  if (as === "xlsx") checkBinaryOutput("XLSX", values.out);
  await openDatabase();
  const parent = await getOrgBySlug({ slug: parentSlug });
  if (!parent) throw new CliError(`单位“${parentSlug}”不存在。`);
  const options = { includeSubmitted: values["include-submitted"], includeOwn: values["include-own"] };
  if (as === "xlsx") {
    const { prepareRollupWorkbook } = await import("@/lib/export/rollup-workbook");
    const stream = binaryOutput(values.out);
    const { rollup, write } = await prepareRollupWorkbook({ actor: CLI_ACTOR, parentId: parent.id, year: year.data, ...options });
    await write(stream);
    await finished(stream);
    say(describe(rollup) + (values.out === undefined ? "" : `已写入 ${values.out}。`));
    return 0;
  }
  const rollup = await computeRollup({ actor: CLI_ACTOR, parentId: parent.id, year: year.data, ...options });
  writeData(`${JSON.stringify(rollupDocument(rollup), null, 2)}\n`, values.out);
  say(describe(rollup));
  return 0;
}
