// One generated unit's report: numbers that satisfy every identity of the format, and a
// narrative of a few KB, drawn from a seeded PRNG so that a run can be repeated exactly.
// The numbers are derived from the format definition, not from cell names: the leaves are
// drawn, the totals are computed by the engine (computeTotals), and a rule with several cells
// on its left (表三's I1: 新收 + 上年结转 = 总计 + 结转下年度) is balanced on the one cell of
// its right side that is no total (结转下年度, per applicant column).
import { computeTotals, listCells, sumValues } from "@/lib/formats/engine";
import type { CellDef, Cells, FormatDef, SumRule } from "@/lib/formats/types";
import type { Random } from "@/lib/register/testing";
import { pick } from "@/lib/register/testing";

interface Shape {
  /** the cells drawn, each with the place of its row among its table's rows (later rows are rarer) */
  leaves: { def: CellDef; rank: number }[];
  /** a rule with several cells on its left, and the cell it is balanced on */
  balanced: { rule: SumRule; cell: string }[];
}

const shapes = new WeakMap<FormatDef, Shape>();

function shapeOf(format: FormatDef): Shape {
  let shape = shapes.get(format);
  if (shape) return shape;
  const totals = new Set(format.sums.filter((r) => r.left.length === 1).map((r) => r.left[0]));
  const balanced = format.sums
    .filter((r) => r.left.length > 1)
    .map((rule) => ({ rule, cell: rule.right.filter((k) => !totals.has(k)).at(-1) }))
    // a rule whose cells are all totals follows from the others (表三's I1 of the 总计 column)
    .filter((b): b is { rule: SumRule; cell: string } => b.cell !== undefined);
  const derived = new Set([...totals, ...balanced.map((b) => b.cell)]);
  const rows = new Map<string, string[]>();
  const leaves = listCells(format)
    .filter((c) => !derived.has(c.key))
    .map((def) => {
      const seen = rows.get(def.table) ?? [];
      if (!seen.includes(def.row)) seen.push(def.row);
      rows.set(def.table, seen);
      return { def, rank: seen.indexOf(def.row) };
    });
  shape = { leaves, balanced };
  shapes.set(format, shape);
  return shape;
}

/** A count: often 0, otherwise spread over a range that grows with the unit's size. */
function drawCount(random: Random, size: number): number {
  if (random() < 0.4) return 0;
  return Math.floor(-Math.log(1 - random()) * size);
}

function drawLeaf(random: Random, def: CellDef, size: number): number {
  switch (def.kind) {
    case "money": {
      if (random() < 0.6) return 0;
      const scale = 10 ** (def.decimals ?? 0);
      return Math.floor(random() * size * 2 * scale) / scale;
    }
    case "signed-count":
      return drawCount(random, size) - drawCount(random, size);
    case "count":
      return drawCount(random, size);
  }
}

/**
 * A complete report: every cell filled, every identity of the format holding.
 * `size` is the unit's scale (about the mean of a non-zero count); `forbidden` cells stay 0.
 */
export function completeCells(format: FormatDef, random: Random, size: number, forbidden: readonly string[] = []): Cells {
  const { leaves, balanced } = shapeOf(format);
  const drawn: Cells = {};
  for (const { def, rank } of leaves) drawn[def.key] = forbidden.includes(def.key) ? 0 : drawLeaf(random, def, (size * 2) / (1 + rank));
  for (;;) {
    const cells = computeTotals(format, drawn);
    const solved: Cells = {};
    let short = false;
    for (const { rule, cell } of balanced) {
      const value = (k: string) => cells[k] ?? 0;
      const rest = rule.right.filter((k) => k !== cell);
      const needed = sumValues(rule.left.map(value)) - sumValues(rest.map(value));
      if (needed < 0) {
        // More cases closed than received and carried in: receive more, some left to carry over.
        const grow = rule.left.find((k) => k in drawn) ?? rule.left[0];
        drawn[grow] = sumValues([drawn[grow] ?? 0, -needed, drawCount(random, size / 4)]);
        short = true;
      }
      solved[cell] = needed;
    }
    if (!short) return computeTotals(format, { ...drawn, ...solved });
  }
}

/** The same report with a share of its cells left blank (blank is not 0). */
export function withBlanks(format: FormatDef, cells: Cells, random: Random, share: number): Cells {
  return Object.fromEntries(listCells(format).map((c) => [c.key, random() < share ? null : (cells[c.key] ?? null)]));
}

// ---- narrative ----

const PLATFORMS = ["政府门户网站", "政务新媒体", "政务服务大厅", "政府公报", "政务公开专区", "村（居）务公开栏"];
const TOPICS = ["财政预决算", "重大建设项目", "公共资源配置", "社会公益事业", "乡村振兴", "生态环境保护", "安全生产", "义务教育", "医疗卫生", "就业创业", "养老服务", "农村人居环境整治"];
const PROBLEMS = [
  "政务公开工作人员多为兼职，业务能力有待提高",
  "部分栏目内容更新不够及时，信息发布的时效性有待加强",
  "政策解读形式较为单一，图解、视频等解读方式运用不多",
  "依申请公开办理流程有待进一步规范，答复文书格式不够统一",
  "基层政务公开标准目录的动态调整机制尚不健全",
  "公众参与渠道利用率不高，互动回应的深度有待提升",
];
const REMEDIES = [
  "加强业务培训，每季度至少组织一次政务公开专题学习",
  "建立栏目更新台账，明确责任人和更新时限，定期开展自查",
  "丰富政策解读形式，重要政策做到解读材料与政策文件同步起草、同步审签、同步发布",
  "规范依申请公开受理、登记、办理、答复各环节，统一答复文书格式",
  "对照标准目录逐项梳理公开事项，及时调整完善",
  "拓展互动渠道，及时回应群众关切",
];

function paragraph(random: Random, sentences: (() => string)[], count: number): string {
  return Array.from({ length: count }, () => pick(random, sentences)()).join("");
}

/** The narrative of a report: its sections as a unit would write them, a few KB in all. */
export function narrative(format: FormatDef, random: Random, unitName: string, year: number, cells: Cells): Record<string, string> {
  const n = (key: string) => cells[key] ?? 0;
  const topic = () => pick(random, TOPICS);
  const platform = () => pick(random, PLATFORMS);
  const overview = [
    () => `${year}年，${unitName}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作，持续深化政务公开。`,
    () => `全年通过${platform()}主动公开${topic()}领域信息${1 + Math.floor(random() * 400)}条，做到应公开尽公开。`,
    () => `围绕${topic()}等群众关注的重点领域，及时发布政策文件和工作动态，并通过${platform()}同步推送。`,
    () => `健全政府信息公开属性源头认定机制，公文在拟制时明确公开属性，全年审查拟公开信息${10 + Math.floor(random() * 300)}件。`,
    () => `加强${platform()}建设和管理，规范栏目设置，全年开展内容检查${1 + Math.floor(random() * 12)}次，整改问题${Math.floor(random() * 20)}个。`,
    () => `将政务公开工作纳入年度绩效考核，明确分管领导和工作人员，落实“谁公开、谁审查、谁负责”的要求。`,
    () => `召开${topic()}政策吹风会${Math.floor(random() * 5)}场，发布政策解读材料${Math.floor(random() * 30)}篇，回应社会关切${Math.floor(random() * 50)}次。`,
  ];
  const sections: Record<string, string> = {};
  for (const section of format.sections) {
    switch (section.key) {
      case "preamble":
        sections[section.key] =
          `本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。` +
          `报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等部分组成。` +
          `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。本报告电子版可在${unitName}${platform()}查阅或下载。如对本报告有疑问，请与${unitName}政务公开办公室联系。`;
        break;
      case "overview":
        sections[section.key] = `（一）主动公开。${paragraph(random, overview, 6)}\n（二）依申请公开。全年新收政府信息公开申请${n("t3.new.total")}件，上年结转${n("t3.carried_in.total")}件，办结${n("t3.total.total")}件，结转下年度继续办理${n("t3.carried_out.total")}件，均在法定期限内答复。${paragraph(random, overview, 3)}\n（三）政府信息管理。${paragraph(random, overview, 4)}\n（四）平台建设。${paragraph(random, overview, 3)}\n（五）监督保障。${paragraph(random, overview, 3)}`;
        break;
      case "requests":
        sections[section.key] = `本年度共办理政府信息公开申请${n("t3.total.total")}件，其中予以公开${n("t3.granted.total")}件，部分公开${n("t3.partial.total")}件。`;
        break;
      case "review_litigation":
        sections[section.key] = `本年度因政府信息公开引起的行政复议${n("t4.review.total")}件，行政诉讼${n("t4.suit_direct.total") + n("t4.suit_after_review.total")}件。`;
        break;
      case "problems": {
        const i = Math.floor(random() * PROBLEMS.length);
        const j = (i + 1 + Math.floor(random() * (PROBLEMS.length - 1))) % PROBLEMS.length;
        sections[section.key] = `${year}年，${unitName}政府信息公开工作取得了一定成效，但也存在一些不足：一是${PROBLEMS[i]}；二是${PROBLEMS[j]}。下一步，将重点做好以下工作：一是${REMEDIES[i]}；二是${REMEDIES[j]}。`;
        break;
      }
      case "other":
        sections[section.key] = n("t2.fees.amount") > 0 ? "本年度按规定收取信息处理费，已在本报告中如实报告。" : "本年度未收取信息处理费。无其他需要报告的事项。";
        break;
      default:
        sections[section.key] = section.narrative ? `${paragraph(random, overview, 2)}` : "";
    }
  }
  return sections;
}
