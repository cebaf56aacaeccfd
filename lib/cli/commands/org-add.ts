// org add --slug S --name N [--parent SLUG] [--kind K]: a new unit (单位).
import { oneOf, parseCommandArgs, required } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { say } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { createOrg, inferOrgKind, ORG_KIND_LABELS, ORG_KINDS } from "@/lib/data/orgs";

const OPTIONS = {
  slug: { type: "string", value: "SLUG" },
  name: { type: "string", value: "名称" },
  parent: { type: "string", value: "SLUG" },
  kind: { type: "string", value: "类型" },
} as const;

const kinds = ORG_KINDS.map((kind) => `${kind}（${ORG_KIND_LABELS[kind]}）`).join("、");

export const usage = `用法：${PROGRAM} org add --slug S --name N [--parent SLUG] [--kind K]

新建一个单位。

选项：
  --slug S         单位标识，用在网址中：小写字母、数字和连字符，例如 wenchang
  --name N         单位全称，例如 文昌镇
  --parent SLUG    上级单位的标识（例如乡镇的上级是县区政府）
  --kind K         单位类型：${kinds}
                   不写时按名称推断：以“镇”“乡”结尾为 township，以“街道”结尾为 subdistrict，其余为 other
  --help           显示本说明

例：${PROGRAM} org add --slug wenchang --name 文昌镇 --parent shapotou
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const slug = required(values.slug, "--slug");
  const name = required(values.name, "--name").trim();
  const kind = values.kind === undefined ? undefined : oneOf(values.kind, ORG_KINDS, "--kind");
  await openDatabase();
  await createOrg({ actor: CLI_ACTOR, slug, name, parentSlug: values.parent, kind });
  const shownKind = ORG_KIND_LABELS[kind ?? inferOrgKind(name)];
  say(`已创建单位 ${name}（${slug}，${shownKind}${values.parent ? `，上级 ${values.parent}` : ""}）`);
  return 0;
}
