// parse-text FILE [-o FILE] [--year Y] [--format F]: a published report → interchange JSON with its
// narrative, findings and unreadable cells. Needs no database.
import { parseCommandArgs } from "@/lib/cli/args";
import { READ_HINT_OPTIONS, readHintOf, readPublishedReport } from "@/lib/cli/document";
import { countFindings } from "@/lib/cli/findings";
import { say, writeData } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { FORMAT_IDS } from "@/lib/formats";
import { parsedReportJson } from "@/lib/parse-text/json";

const OPTIONS = {
  out: { type: "string", short: "o", value: "FILE" },
  ...READ_HINT_OPTIONS,
} as const;

export const usage = `用法：${PROGRAM} parse-text FILE.txt|FILE.html|FILE.docx [-o FILE] [--year YYYY] [--format F]

读取一份已公开的政府信息公开工作年度报告（PDF 的文字、网页上复制的文字、归档的文本），
按栏目名称读出统计表的各单元格，按格式的章节标题切分正文，并检查勾稽关系和文字与表格是否一致。
单位和年度取自报告标题，格式取自年度并与表格的栏目核对。

输出 JSON：互换格式的 format、year、organization、cells（格式的全部单元格，空白为 null），
另有 sections（各章节正文）、findings（检查发现的问题，含读取时的问题 P1—P5）
和 uncertain（未能确定而留空的单元格及原文印的内容）。可直接用于 import 和 validate。

选项：
  -o, --out FILE    写入文件，不写时输出到标准输出
  --year YYYY       报告年度（标题中没有写明时）
  --format F        报告格式：${FORMAT_IDS.join("、")}（默认按年度确定）
  --help            显示本说明

退出码：0 读取完成（可能有警告）；1 读出的数据有错误（如勾稽关系不成立）；
2 文件无法读取，或不是可以识别的年度报告。
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, { min: 1, max: 1, names: "FILE" });
  const report = readPublishedReport(positionals[0], readHintOf(values));
  writeData(parsedReportJson(report), values.out);
  const { errors, warnings } = countFindings(report.findings);
  const unit = report.organization || "（单位未能识别）";
  say(`${unit} ${report.year} 年（${report.format}）：读出 ${Object.values(report.cells).filter((v) => v !== null).length} 个单元格，${report.uncertain.length} 个未能确定；${errors} 个错误，${warnings} 个警告。`);
  if (!report.organization) say("标题中没有单位名称：导入前请在输出的 organization 中填写。");
  return errors > 0 ? 1 : 0;
}
