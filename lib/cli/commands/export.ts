// export --org SLUG --year YYYY --as json|csv [-o FILE]: a report's numbers, from its latest
// published revision (or the working copy while it has none), exactly as the public download.
import { CliError, oneOf, parseCommandArgs, required, UsageError } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { say, writeData } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { getOrgBySlug } from "@/lib/data/orgs";
import { getReportDataForExport } from "@/lib/data/reports";
import { cellsToCsv } from "@/lib/export/csv";
import { getFormat } from "@/lib/formats";
import { serializeInterchange } from "@/lib/validations/interchange";
import { reportYearSchema } from "@/lib/validations/report";

const OPTIONS = {
  org: { type: "string", value: "SLUG" },
  year: { type: "string", value: "YYYY" },
  as: { type: "string", value: "json|csv" },
  out: { type: "string", short: "o", value: "FILE" },
} as const;

const AS = ["json", "csv"] as const;

export const usage = `用法：${PROGRAM} export --org SLUG --year YYYY --as json|csv [-o FILE]

导出一份报告的统计表数据：已发布时为最新发布的版本，尚未发布时为工作稿。

选项：
  --org SLUG      单位标识
  --year YYYY     报告年度
  --as json|csv   json：互换格式（与公开页面的 data.json 相同）；csv：每个单元格一行
  -o, --out FILE  写入文件，不写时输出到标准输出
  --help          显示本说明

退出码：0 成功；2 单位或报告不存在、参数有误或数据库正被占用。
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const orgSlug = required(values.org, "--org");
  const year = reportYearSchema.safeParse(required(values.year, "--year"));
  if (!year.success) throw new UsageError(`--year：${year.error.issues[0]?.message ?? "年度无效"}`);
  const as = oneOf(required(values.as, "--as"), AS, "--as");
  await openDatabase();
  const data = await getReportDataForExport({ actor: CLI_ACTOR, orgSlug, year: year.data });
  if (!data) {
    const org = await getOrgBySlug({ slug: orgSlug });
    throw new CliError(org ? `单位 ${org.name}（${orgSlug}）没有 ${year.data} 年的报告。` : `单位“${orgSlug}”不存在。`);
  }
  const text = as === "json" ? serializeInterchange(data.doc) : cellsToCsv(getFormat(data.doc.format), data.doc.cells);
  writeData(text, values.out);
  const source = data.published ? `已发布的第 ${data.revision} 版` : "尚未发布的工作稿";
  if (values.out !== undefined) say(`已写入 ${values.out}：${data.doc.organization} ${data.doc.year} 年报告，${source}。`);
  else if (!data.published) say("注意：该报告尚未发布，导出的是工作稿。");
  return 0;
}
