// import FILE --org SLUG [--publish [--published-at YYYY-MM-DD]] [--reason R]: a unit's report
// for the document's year, from an interchange JSON file or a published report's own file
// (.txt, .html/.htm, .docx, read as parse-text reads it). Without --publish it becomes (or
// replaces) the working copy as a draft, errors and all; --publish is refused while the
// document has errors, and then nothing is written. --published-at keeps the day a report of an earlier year was published.
// --historical brings a report of an earlier year in as it was published (往年报告): published
// at once, errors and all, dated --published-at, its findings kept as notes.
import path from "node:path";
import { CliError, parseCommandArgs, required, UsageError } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { isInterchangeFile, READ_HINT_OPTIONS, readHintOf, readInterchangeFile, readPublishedReport, type InputDocument } from "@/lib/cli/document";
import { countFindings, firstError } from "@/lib/cli/findings";
import { say } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { getOrgBySlug } from "@/lib/data/orgs";
import { importHistoricalReport, importReport } from "@/lib/data/reports";
import { FORMAT_IDS, getFormat } from "@/lib/formats";
import { publicationDateProblem } from "@/lib/report/publication-date";
import { validateCells, validateReport } from "@/lib/rules";

const OPTIONS = {
  org: { type: "string", value: "SLUG" },
  publish: { type: "boolean" },
  reason: { type: "string", value: "理由" },
  "published-at": { type: "string", value: "YYYY-MM-DD" },
  historical: { type: "boolean" },
  source: { type: "string", value: "名称" },
  ...READ_HINT_OPTIONS,
} as const;

/**
 * The document to import: an interchange JSON file as it is, or a published report's file read
 * as parse-text reads it (its narrative by section and the findings of the reading with it).
 */
function readImportFile(file: string, values: { year?: string; format?: string }): InputDocument {
  const hint = readHintOf(values);
  if (isInterchangeFile(file)) {
    if (hint.year !== undefined || hint.format !== undefined) {
      throw new UsageError("--year 和 --format 只用于报告原文（.txt、.html、.htm、.docx）：JSON 文档中已写明 year 和 format");
    }
    return readInterchangeFile(file);
  }
  const report = readPublishedReport(file, hint);
  const read = Object.values(report.cells).filter((value) => value !== null).length;
  say(
    `读取 ${file}：${report.organization || "（标题中没有单位名称）"}${report.year} 年度报告（${report.format}），` +
      `读出 ${read} 个单元格${report.uncertain.length > 0 ? `，${report.uncertain.length} 个未能确定而留空` : ""}。`,
  );
  return {
    doc: { format: report.format, year: report.year, organization: report.organization, cells: report.cells },
    sections: report.sections,
    findings: report.findings,
  };
}

export const usage = `用法：${PROGRAM} import FILE --org SLUG [--publish [--published-at YYYY-MM-DD]] [--reason R] [--year YYYY] [--format F]
      ${PROGRAM} import FILE --org SLUG --historical --published-at YYYY-MM-DD [--source 名称] [--reason R] [--year YYYY] [--format F]

把一份文档导入为该单位该年度的报告：报告不存在时新建，存在时替换其工作稿的全部单元格
（文档带各章节文字时也替换各章节文字）。FILE 可以是：
  互换格式（JSON）文档（.json，年度取文档中的 year；parse-text 的输出也是这种文档）；
  已公开的报告原文：文本（.txt，PDF 中复制的文字或文字识别的结果）、网页（.html、.htm）或
  Word 文档（.docx），按 parse-text 的方式读取统计表、各章节文字和读取时发现的问题，
  单位和年度取自报告标题。

选项：
  --org SLUG     单位标识
  --publish      导入后立即发布为新的版本；文档有错误时拒绝发布，不写入任何内容
  --published-at YYYY-MM-DD
                 与 --publish 一起使用：该版本的发布日期（北京时间），用于导入往年已经发布的报告，
                 公开页面显示这一天而不是导入的日期。须是真实的日期，不晚于今天，不早于报告年度
                 的次年 1 月 1 日，也不早于该报告已有版本的发布日期；不填时为导入的时间
  --historical   作为往年已发布的报告导入（须为管理员或负责该单位的审核人员的操作；命令行有此权限）：
                 按原样保留全部数字和文字，有错误也照样发布，不作修改；须同时填写 --published-at
                 （原报告的发布日期）。检查发现的问题作为注释随该版本保存，公开页面在相应表格旁
                 和注释列表中显示（如“原报告此处合计有误：…”），并注明依据原发布文本导入。
                 文件中的 findings（parse-text 的输出）中读取原文时发现的问题也作为注释保存
  --source 名称  与 --historical 一起使用：原报告的来源（文件名、网页标题或网址），
                 公开页面显示；不填时为 FILE 的文件名
  --reason R     发布理由；更正已发布的报告时记录在更正说明中
  --year YYYY    报告原文的年度（标题中没有写明时；仅用于报告原文）
  --format F     报告原文的格式：${FORMAT_IDS.join("、")}（默认按年度确定；仅用于报告原文）
  --help         显示本说明

退出码：0 成功（--historical 时文档有错误也已发布，错误作为注释保存）；1 文档有错误（不带 --publish
时仍已保存为草稿；带 --publish 时未写入）；2 文件无法读取或解析（报告原文无法识别）、单位不存在、参数有误或数据库正被占用。
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, { min: 1, max: 1, names: "FILE" });
  const orgSlug = required(values.org, "--org");
  const publishing = values.publish || values.historical;
  if (values.reason !== undefined && !publishing) throw new UsageError("--reason 只能与 --publish 或 --historical 一起使用");
  const publishedOn = values["published-at"];
  if (values.historical && publishedOn === undefined) {
    throw new UsageError("--historical 须与 --published-at YYYY-MM-DD 一起使用：往年的报告保留原报告的发布日期");
  }
  if (publishedOn !== undefined && !publishing) throw new UsageError("--published-at 只能与 --publish 或 --historical 一起使用");
  if (values.source !== undefined && !values.historical) throw new UsageError("--source 只能与 --historical 一起使用");
  const file = positionals[0];
  const { doc, sections, findings: readingFindings } = readImportFile(file, values);
  const dateProblem = publishedOn === undefined ? undefined : publicationDateProblem(publishedOn, doc.year);
  if (dateProblem) throw new UsageError(`--published-at：${dateProblem}`);
  if (values.historical && publishedOn !== undefined) {
    return importHistorical({ file, orgSlug, doc, sections, readingFindings, publishedOn, source: values.source, reason: values.reason });
  }
  await openDatabase();
  const org = await getOrgBySlug({ slug: orgSlug });
  if (!org) throw new CliError(`单位“${orgSlug}”不存在（先用 org add 创建）。`);
  const format = getFormat(doc.format);
  const findings = sections
    ? validateReport({ format, cells: doc.cells, orgKind: org.kind, sections, year: doc.year })
    : validateCells({ format, cells: doc.cells, orgKind: org.kind });
  const { errors, warnings } = countFindings(findings);
  const first = firstError(findings);
  if (values.publish && first) {
    throw new CliError(
      `文档有 ${errors} 个错误（首个：${first.rule} ${first.message}），不能发布，未写入任何内容。可先不带 --publish 导入为草稿，或用 validate 查看全部问题。`,
      1,
    );
  }
  if (doc.organization !== "" && doc.organization !== org.name) {
    say(`注意：文档中的单位名称“${doc.organization}”与单位 ${orgSlug} 的名称“${org.name}”不同，按 --org 导入。`);
  }
  const result = await importReport({
    actor: CLI_ACTOR,
    orgSlug,
    doc,
    sections,
    publish: values.publish,
    reason: values.reason,
    publishedOn,
  });
  const cellCount = Object.keys(doc.cells).length;
  const blanks = Object.values(doc.cells).filter((value) => value === null).length;
  const what = [
    `${result.created ? "已新建" : "已更新"} ${org.name}（${orgSlug}）${doc.year} 年的报告（${doc.format}）`,
    `${cellCount} 个单元格${blanks > 0 ? `，其中 ${blanks} 个空白` : ""}`,
    ...(sections ? [`${Object.keys(sections).length} 个章节`] : []),
    result.revision === null ? "保存为草稿" : `已发布第 ${result.revision} 版${publishedOn ? `（发布日期 ${publishedOn}）` : ""}`,
  ];
  say(`${what.join("，")}。`);
  if (first) {
    say(`文档有 ${errors} 个错误（首个：${first.rule} ${first.message}），修正后才能提交或发布。`);
    return 1;
  }
  if (warnings > 0) say(`有 ${warnings} 个警告，可用 validate 查看。`);
  return 0;
}

/** --historical: published as it is, whatever its findings; they become the revision's notes. */
async function importHistorical(options: {
  file: string;
  orgSlug: string;
  doc: InputDocument["doc"];
  sections: InputDocument["sections"];
  readingFindings: InputDocument["findings"];
  publishedOn: string;
  source: string | undefined;
  reason: string | undefined;
}): Promise<0> {
  const { orgSlug, doc, sections, publishedOn } = options;
  await openDatabase();
  const org = await getOrgBySlug({ slug: orgSlug });
  if (!org) throw new CliError(`单位“${orgSlug}”不存在（先用 org add 创建）。`);
  const result = await importHistoricalReport({
    actor: CLI_ACTOR,
    orgSlug,
    doc,
    sections,
    findings: options.readingFindings,
    publishedOn,
    sourceName: options.source ?? path.basename(options.file),
    reason: options.reason,
  });
  const errors = result.notes.filter((note) => note.severity === "error").length;
  say(
    `${result.created ? "已新建" : "已更新"} ${org.name}（${orgSlug}）${doc.year} 年的报告（${doc.format}），` +
      `按原发布文本发布为第 ${result.revision} 版（发布日期 ${publishedOn}，标注为依据原发布文本导入）。`,
  );
  say(
    result.notes.length === 0
      ? "检查未发现问题，没有注释。"
      : `检查发现 ${result.notes.length} 个问题（其中 ${errors} 个错误），未作修改，照原样发布，均作为注释随该版本保存并在公开页面显示。`,
  );
  return 0;
}
