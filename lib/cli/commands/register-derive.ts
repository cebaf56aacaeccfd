// register derive --org SLUG --year YYYY: the cells the register gives for a unit's year (表三
// and 表四, or the legacy rows), as an interchange document in the year's default format.
// Only derived cells are written; the others are absent, which interchange.md reads as blank.
import { parseCommandArgs, required, UsageError } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { say, writeData } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { deriveReportCells, derivedFeeSentence } from "@/lib/data/register-derive";
import type { InterchangeDocument } from "@/lib/formats/types";
import { reportYearSchema } from "@/lib/validations/report";

const OPTIONS = {
  org: { type: "string", value: "SLUG" },
  year: { type: "string", value: "YYYY" },
  out: { type: "string", short: "o", value: "FILE" },
} as const;

export const usage = `用法：${PROGRAM} register derive --org SLUG --year YYYY [-o FILE]

按登记簿生成该单位该年度报告的统计数：表三（收到和处理政府信息公开申请情况）和表四（行政复议、行政诉讼情况）；
2018 年及以前为旧统计表的依申请公开、行政复议、行政诉讼和公开渠道各行。
输出互换格式（JSON），格式为该年度默认的报告格式，只含由登记簿生成的单元格，其余单元格不出现（即空白）。
输出中不含申请人的任何个人信息。2021 年起的格式，另在标准错误中给出按登记簿写成的信息处理费情况（供第六部分使用）。

选项：
  --org SLUG      单位标识
  --year YYYY     报告年度
  -o, --out FILE  写入文件，不写时输出到标准输出
  --help          显示本说明

退出码：0 成功；2 单位不存在、参数有误或数据库正被占用。
`;

/** interchange.md's shape, written like serializeInterchange, with only the cells given (in format order). */
export function serializeDerived(doc: InterchangeDocument): string {
  const { format, year, organization, cells } = doc;
  return `${JSON.stringify({ format, year, organization, cells }, null, 2)}\n`;
}

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const orgSlug = required(values.org, "--org");
  const year = reportYearSchema.safeParse(required(values.year, "--year"));
  if (!year.success) throw new UsageError(`--year：${year.error.issues[0]?.message ?? "年度无效"}`);
  await openDatabase();
  const derived = await deriveReportCells({ actor: CLI_ACTOR, orgSlug, year: year.data, withSources: false });
  writeData(serializeDerived({ format: derived.format, year: derived.year, organization: derived.orgName, cells: derived.cells }), values.out);
  if (derived.unmapped.length > 0) {
    say(`注意：有 ${derived.unmapped.length} 条记录的办理结果或申请人类型在 ${derived.format} 格式中没有对应的单元格，未计入。`);
  }
  const fee = await derivedFeeSentence({ actor: CLI_ACTOR, derived });
  if (fee) say(`${fee.heading}（信息处理费，按登记簿）：${fee.sentence}`);
  if (values.out !== undefined) say(`已写入 ${values.out}：${derived.orgName} ${derived.year} 年，${Object.keys(derived.cells).length} 个单元格（${derived.format}）。`);
  return 0;
}
