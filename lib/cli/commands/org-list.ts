// org list: every unit, in the order of the tree, as a table on stdout.
import { parseCommandArgs } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { writeData } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { tsv } from "@/lib/cli/table";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { listOrgTree } from "@/lib/data/orgs";

export const usage = `用法：${PROGRAM} org list

按上下级顺序列出全部单位（每个单位之后是它的下级单位），输出到标准输出：
制表符分隔，第一行为列名：标识、名称、类型、上级（上级单位的标识，顶级单位为空）、层级（顶级为 0）、账号数。

选项：
  --help    显示本说明
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  parseCommandArgs(args, {});
  await openDatabase();
  const units = await listOrgTree({ actor: CLI_ACTOR });
  const rows = units.map((unit) => [unit.slug, unit.name, unit.kindLabel, unit.parentSlug ?? "", String(unit.depth), String(unit.accounts)]);
  writeData(tsv(["标识", "名称", "类型", "上级", "层级", "账号数"], rows));
  return 0;
}
