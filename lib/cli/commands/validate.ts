// validate FILE.json [--json]: the findings of an interchange document. Needs no database.
import { parseCommandArgs } from "@/lib/cli/args";
import { readInterchangeFile } from "@/lib/cli/document";
import { countFindings, findingsJson, findingsSummary, findingsText } from "@/lib/cli/findings";
import { say, writeData } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { getFormat } from "@/lib/formats";
import { validateCells, validateReport } from "@/lib/rules";

const OPTIONS = {
  json: { type: "boolean" },
} as const;

export const usage = `用法：${PROGRAM} validate FILE.json [--json]

检查一份互换格式（JSON）文档：单元格键、数值类型，以及该格式的全部校验规则
（勾稽关系、数值种类和符号等）。不访问数据库。

选项：
  --json    以 JSON 输出：{"ok": 布尔, "findings": [{"rule", "severity", "cells", "message"}]}
            ok 表示没有严重程度为 error 的问题（空白单元格只是警告）
  --help    显示本说明

退出码：0 没有错误（可能有警告）；1 有错误；2 文件无法读取、不是有效的 JSON，
或含有未知的单元格键、错误的数值类型、未知的格式。
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, { min: 1, max: 1, names: "FILE.json" });
  const { doc, sections } = readInterchangeFile(positionals[0]);
  const format = getFormat(doc.format);
  // A file that carries the narrative (`sections`) is checked with it: numbers in the text, empty sections.
  const findings = sections ? validateReport({ format, cells: doc.cells, sections, year: doc.year }) : validateCells({ format, cells: doc.cells });
  writeData(values.json ? findingsJson(findings) : findingsText(doc, format.name, findings));
  say(findingsSummary(findings));
  return countFindings(findings).errors > 0 ? 1 : 0;
}
