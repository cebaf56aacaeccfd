// register import FILE.csv|FILE.xlsx --org SLUG: a unit's spreadsheet register into the
// database, every row or none. Bad rows: each on stderr with its line, exit 1, nothing written.
import { CliError, parseCommandArgs, required } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { noteEncoding, readInputFile, say } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { getOrgBySlug } from "@/lib/data/orgs";
import { importRegister } from "@/lib/data/register-import";
import { readSheet, REGISTER_COLUMNS, registerFileKind, registerRows } from "@/lib/register/import";
import { applicantTypeList } from "@/lib/register/labels";
import { CHANNELS } from "@/lib/register/vocabulary";
import { countText, sizeText, UPLOAD_LIMITS } from "@/lib/uploads/limits";

const OPTIONS = { org: { type: "string", value: "SLUG" } } as const;

export const usage = `用法：${PROGRAM} register import FILE.csv|FILE.xlsx --org SLUG

把单位现有的依申请公开登记表导入登记簿。CSV 为 UTF-8 编码（可带 BOM）或 GBK 编码，XLSX 读第一个工作表。
文件不超过 ${sizeText(UPLOAD_LIMITS.fileBytes)}，不超过 ${countText(UPLOAD_LIMITS.rows)} 行（不含表头）；XLSX 解压后不超过 ${sizeText(UPLOAD_LIMITS.unpackedBytes)}。
第一行为表头，须有以下各列（顺序不限，其他列忽略）：
  ${Object.values(REGISTER_COLUMNS).join("、")}
  收到日期、办结日期：YYYY-MM-DD；尚未办结的申请，办结日期和办理结果留空
  渠道：${CHANNELS.map((c) => c.label).join("、")}
  申请人类型：${applicantTypeList()}（表三的列名；可只写 › 后的名称）
  办理结果：互换格式的行代码（如 granted、refused_third_party），或表三中的名称（如“（一）予以公开”）

任何一行有误时不导入任何记录，并在标准错误中逐行列出行号和原因。

选项：
  --org SLUG   单位标识
  --help       显示本说明

退出码：0 已全部导入；1 有无法读取的行（未导入任何记录）；2 文件无法读取、单位不存在、参数有误或数据库正被占用。
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, { min: 1, max: 1, names: "FILE.csv|FILE.xlsx" });
  const orgSlug = required(values.org, "--org");
  const file = positionals[0];
  const kind = registerFileKind(file);
  if (!kind) throw new CliError(`文件 ${file} 的类型无法识别：应为 .csv 或 .xlsx`);
  const sheet = await readSheet(kind, readInputFile(file));
  if (!sheet.ok) throw new CliError(`文件 ${file}：${sheet.error}`);
  noteEncoding(file, sheet.encoding);
  const rows = registerRows(sheet.rows);
  if (!rows.ok) throw new CliError(`文件 ${file}：${rows.error}`);
  await openDatabase();
  const org = await getOrgBySlug({ slug: orgSlug });
  if (!org) throw new CliError(`单位“${orgSlug}”不存在（先用 org add 创建）。`);
  const result = await importRegister({ actor: CLI_ACTOR, orgSlug, rows: rows.rows });
  if (!result.ok) {
    for (const problem of result.problems) say(`第 ${problem.line} 行：${problem.message}`);
    say(`文件 ${file} 有 ${result.problems.length} 行无法导入，未导入任何记录。`);
    return 1;
  }
  say(`已导入 ${result.imported} 条申请到 ${result.orgName}（${orgSlug}）的登记簿：办结 ${result.closed} 条，办理中 ${result.open} 条。`);
  return 0;
}
