// The command table. A new command is one file in this folder plus one entry here
// (parse-text, rollup, deadline, register import/derive … as they are built).
import type { CommandEntry } from "@/lib/cli/command";

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "validate",
    synopsis: "validate FILE.json [--json]",
    summary: "检查互换格式（JSON）文档，列出错误和警告",
    database: false,
    load: () => import("./validate"),
  },
  {
    name: "org add",
    synopsis: "org add --slug S --name N [--parent SLUG] [--kind K]",
    summary: "新建单位",
    database: true,
    load: () => import("./org-add"),
  },
  {
    name: "org list",
    synopsis: "org list",
    summary: "按上下级顺序列出全部单位",
    database: true,
    load: () => import("./org-list"),
  },
  {
    name: "user add",
    synopsis: "user add --username U --role staff|reviewer|admin [--org SLUG]",
    summary: "新建用户账号（密码从标准输入读取）",
    database: true,
    load: () => import("./user-add"),
  },
  {
    name: "user list",
    synopsis: "user list",
    summary: "列出全部账号及其状态和最近登录时间",
    database: true,
    load: () => import("./user-list"),
  },
  {
    name: "user disable",
    synopsis: "user disable U",
    summary: "停用账号（不能登录，已登录的会话随即结束）",
    database: true,
    load: () => import("./user-disable"),
  },
  {
    name: "user enable",
    synopsis: "user enable U",
    summary: "启用已停用的账号",
    database: true,
    load: () => import("./user-enable"),
  },
  {
    name: "user passwd",
    synopsis: "user passwd U [--must-change]",
    summary: "为账号设置新密码（密码从标准输入读取）",
    database: true,
    load: () => import("./user-passwd"),
  },
  {
    name: "import",
    synopsis: "import FILE.json --org SLUG [--publish] [--reason R]",
    summary: "导入一份报告的数据（草稿，或直接发布）",
    database: true,
    load: () => import("./import"),
  },
  {
    name: "export",
    synopsis: "export --org SLUG --year YYYY --as json|csv|xlsx|docx [--rollup] [-o FILE]",
    summary: "导出一份报告：数据、官方格式的统计表或整份 Word 文档（已发布的最新版本，未发布时为工作稿）",
    database: true,
    load: () => import("./export"),
  },
  {
    name: "rollup",
    synopsis: "rollup --parent SLUG --year YYYY --as json|xlsx [--include-submitted] [--include-own]",
    summary: "汇总下属各单位该年度的报告（逐个单元格求和，空白单独计数）",
    database: true,
    load: () => import("./rollup"),
  },
  {
    name: "deadline",
    synopsis: "deadline --received YYYY-MM-DD [--days N] [--extend] [--pause FROM..TO]…",
    summary: "计算依申请公开的答复期满日，并逐日说明",
    database: true,
    load: () => import("./deadline"),
  },
  {
    name: "register import",
    synopsis: "register import FILE.csv|FILE.xlsx --org SLUG",
    summary: "导入单位的依申请公开登记表（全部成功或全部不导入）",
    database: true,
    load: () => import("./register-import"),
  },
  {
    name: "register derive",
    synopsis: "register derive --org SLUG --year YYYY [-o FILE]",
    summary: "按登记簿生成表三、表四的统计数（互换格式 JSON）",
    database: true,
    load: () => import("./register-derive"),
  },
];
