// export --org SLUG --year YYYY --as json|csv|xlsx|docx [-o FILE]: a report, from its latest
// published revision (or the working copy while it has none), exactly as the public download.
import { CliError, oneOf, parseCommandArgs, required, UsageError } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { checkBinaryOutput, say, writeBinary, writeData } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { getOrgBySlug } from "@/lib/data/orgs";
import { getReportDataForExport } from "@/lib/data/reports";
import { cellsToCsv } from "@/lib/export/csv";
import { exportableFromDocument } from "@/lib/export/sources";
import { getFormat } from "@/lib/formats";
import { serializeInterchange } from "@/lib/validations/interchange";
import { serializeWithSections } from "@/lib/export/json";
import { reportYearSchema } from "@/lib/validations/report";

const OPTIONS = {
  org: { type: "string", value: "SLUG" },
  year: { type: "string", value: "YYYY" },
  as: { type: "string", value: "json|csv|xlsx|docx" },
  rollup: { type: "boolean" },
  sections: { type: "string", value: "stored|resolved" },
  out: { type: "string", short: "o", value: "FILE" },
} as const;

const AS = ["json", "csv", "xlsx", "docx"] as const;
const SECTIONS = ["stored", "resolved"] as const;
const BINARY = { xlsx: "XLSX", docx: "DOCX" } as const;

export const usage = `用法：${PROGRAM} export --org SLUG --year YYYY --as json|csv|xlsx|docx [--rollup] [--sections stored|resolved] [-o FILE]

导出一份报告：已发布时为最新发布的版本，尚未发布时为工作稿。

选项：
  --org SLUG      单位标识
  --year YYYY     报告年度
  --as json|csv|xlsx|docx
                  json：互换格式（与公开页面的 data.json 相同）；csv：每个单元格一行；
                  xlsx：官方格式的统计表，每张表一个工作表（合并单元格与模板一致）；
                  docx：整份报告的 Word 文档（正文、统计表和落款，A4 公文版式）
  --rollup        导出该单位的汇总报告（rollup 命令或“汇总”页面生成的），而不是本级报告
  --sections stored|resolved
                  只用于 json：在互换格式之外加上各章节的文字（sections）。stored：文字中对表格
                  单元格的引用保留为 {{单元格键}}，再用 import 导入时引用不变；resolved：引用
                  替换为单元格的数值，与公开页面和 Word 文档的文字相同
  -o, --out FILE  写入文件，不写时输出到标准输出（xlsx、docx 只能输出到文件或管道，不能输出到终端）
  --help          显示本说明

退出码：0 成功；2 单位或报告不存在、参数有误、二进制文件要输出到终端或数据库正被占用。
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const orgSlug = required(values.org, "--org");
  const year = reportYearSchema.safeParse(required(values.year, "--year"));
  if (!year.success) throw new UsageError(`--year：${year.error.issues[0]?.message ?? "年度无效"}`);
  const as = oneOf(required(values.as, "--as"), AS, "--as");
  if (as === "xlsx" || as === "docx") checkBinaryOutput(BINARY[as], values.out);
  const sections = values.sections === undefined ? undefined : oneOf(values.sections, SECTIONS, "--sections");
  if (sections && as !== "json") throw new UsageError("--sections 只能与 --as json 一起使用");
  await openDatabase();
  const scope = values.rollup ? "rollup" : "own";
  const data = await getReportDataForExport({ actor: CLI_ACTOR, orgSlug, year: year.data, scope });
  if (!data) {
    const org = await getOrgBySlug({ slug: orgSlug });
    const what = scope === "rollup" ? "汇总报告" : "报告";
    throw new CliError(org ? `单位 ${org.name}（${orgSlug}）没有 ${year.data} 年的${what}。` : `单位“${orgSlug}”不存在。`);
  }
  switch (as) {
    case "json":
      writeData(sections ? serializeWithSections(data.doc, data.sections, sections) : serializeInterchange(data.doc), values.out);
      break;
    case "csv":
      writeData(cellsToCsv(getFormat(data.doc.format), data.doc.cells), values.out);
      break;
    case "xlsx":
    case "docx": {
      // Loaded only when asked for: exceljs and docx would slow every other export's start.
      const { reportOfficeFile } = await import("@/lib/export/office");
      await writeBinary(await reportOfficeFile(exportableFromDocument(data), as), values.out);
      break;
    }
  }
  const source = data.published ? `已发布的第 ${data.revision} 版` : "尚未发布的工作稿";
  if (values.out !== undefined) say(`已写入 ${values.out}：${data.doc.organization} ${data.doc.year} 年报告，${source}。`);
  else if (!data.published) say("注意：该报告尚未发布，导出的是工作稿。");
  return 0;
}
