// 《中华人民共和国政府信息公开工作年度报告格式（试行）》，国办公开办函〔2019〕60号 (formats.md §2).
// What differs from 2021 (formats.md §2.6) is written here; the rest is in gov-common.ts.
import { blockTable, type ColumnSpec } from "./build";
import { govSections, HEADINGS, OTHER_HANDLING, RESULTS, requestsPart, reviewLitigationPart } from "./gov-common";
import type { CrossYearRule, FormatDef } from "./types";

const INFO = "信息内容";
const PREV_ITEMS: ColumnSpec = { id: "prev_items", header: ["上一年项目数量"] };
// 本年增/减 is the year's net change in the number of items: it may be negative ("-18").
const CHANGE: ColumnSpec = { id: "change", header: ["本年增/减"], kind: "signed-count" };
const DECISIONS: ColumnSpec = { id: "decisions", header: ["处理决定数量"] };

const proactive = blockTable({
  id: "t2",
  title: HEADINGS.proactive,
  width: 4,
  blocks: [
    {
      banner: "第二十条第（一）项",
      labelHeader: INFO,
      columns: [
        { id: "made", header: ["本年新制作数量"] },
        { id: "published", header: ["本年新公开数量"] },
        { id: "public_total", header: ["对外公开总数量"] },
      ],
      rows: [
        { id: "rules", label: "规章" },
        { id: "normative", label: "规范性文件" },
      ],
    },
    {
      banner: "第二十条第（五）项",
      labelHeader: INFO,
      columns: [PREV_ITEMS, CHANGE, DECISIONS],
      rows: [
        { id: "license", label: "行政许可" },
        { id: "other_services", label: "其他对外管理服务事项" },
      ],
    },
    {
      banner: "第二十条第（六）项",
      labelHeader: INFO,
      columns: [PREV_ITEMS, CHANGE, DECISIONS],
      rows: [
        { id: "penalty", label: "行政处罚" },
        { id: "coercion", label: "行政强制" },
      ],
    },
    {
      banner: "第二十条第（八）项",
      labelHeader: INFO,
      columns: [PREV_ITEMS, CHANGE],
      rows: [{ id: "fees", label: "行政事业性收费" }],
    },
    {
      banner: "第二十条第（九）项",
      labelHeader: INFO,
      // The template names no unit; reports write the amount in 元 ("75394432.52元"), as interchange.md does.
      columns: [
        { id: "items", header: ["采购项目数量"] },
        { id: "amount", header: ["采购总金额"], kind: "money", unit: "元" },
      ],
      rows: [{ id: "procurement", label: "政府集中采购" }],
    },
  ],
});

const requests = requestsPart([{ id: "other", path: [RESULTS, OTHER_HANDLING] }]);

const reviewLitigation = reviewLitigationPart();

// W3: this year's 上一年项目数量 is last year's 上一年项目数量 + 本年增/减 (formats.md §5.3).
const itemContinuity: CrossYearRule[] = proactive.cells
  .filter((c) => c.column === PREV_ITEMS.id)
  .map((c) => {
    const change = proactive.cells.find((d) => d.row === c.row && d.column === CHANGE.id);
    return { rule: "W3", severity: "warning", current: c.key, previous: change ? [c.key, change.key] : [c.key] };
  });

export const gov2019: FormatDef = {
  id: "gov-2019",
  source: "国办公开办函〔2019〕60号",
  name: "中华人民共和国政府信息公开工作年度报告格式（试行）",
  years: { from: 2019, to: 2020 },
  sections: govSections({
    overview:
      "这一项主要报告本机关上一年度政府信息公开工作总体情况，重在聚焦主题主线，对本机关贯彻落实《中华人民共和国政府信息公开条例》情况进行综述，主要包括主动公开、依申请公开、政府信息管理、平台建设、监督保障（含《中华人民共和国政府信息公开条例》第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”）等方面。",
    proactive:
      "这一项主要报告《中华人民共和国政府信息公开条例》第二十条规定的法定主动公开内容中，适宜以数据方式呈现且具备统计汇总价值的内容，包括（一）（五）（六）（八）（九）共五项。其他法定主动公开内容的公开情况，在“总体情况”部分综合体现。要突出重点，注重用数据反映情况，将人民群众较为关注、对社会影响较大的政府信息主动公开情况进行报告。在此基础上，进一步反映本机关制发文件、开展行政执法活动等重要工作开展情况，更好发挥政府信息公开制度功能。",
    requests:
      "这一项主要报告两方面情况：一是申请人的类别；二是政府信息公开申请的最终处理结果。此项内容重在数据准确、要素齐备，全面客观反映政府信息公开申请接收和办理情况，便于政府信息公开工作主管部门全面掌握工作动态，使社会各界了解政府公开透明进程。需要说明的是，行政机关处理政府信息公开申请的情况中，设置了“其他处理”项目，主要是考虑新旧条例执行衔接以及极少数特殊情况。原则上，所有的政府信息公开申请，都应当按照法定的处理方式做出处理。各政府信息公开工作主管部门要高度关注这一项目的数据，对“其他处理”数量偏高的行政机关，要了解情况，及时发现并解决相关问题。",
    review_litigation:
      "这一项主要报告两方面情况：一是政府信息公开行政复议处理结果情况；二是政府信息公开行政诉讼处理结果情况。根据行政复议法和行政诉讼法有关规定，行政诉讼处理结果需进一步区分两类情形，分别是“未经复议直接起诉”和“复议后起诉”。行政复议机关作为共同被告的行政诉讼案件，只计算原行为主体的案件数量，不计算行政复议机关的案件数量。",
    problems:
      "这一项主要报告本机关上一年度政府信息公开工作中存在的主要问题及改进情况。此项内容重在实事求是、明确具体，避免笼统模糊、泛泛而谈。查找问题要有针对性，改进举措要有实效性，不得出现敷衍了事甚至年年雷同现象。",
    other:
      "这一项主要报告本机关认为需要报告的其他事项，以及其他有关文件专门要求通过政府信息公开工作年度报告予以报告的事项。",
  }),
  tables: [proactive, requests.table, reviewLitigation.table],
  sums: [...requests.sums, ...reviewLitigation.sums],
  crossYear: [...requests.crossYear, ...itemContinuity],
  otherHandling: requests.otherHandling,
  requestTotals: requests.requestTotals,
  townshipForbidden: proactive.cells.filter((c) => c.row === "rules").map((c) => c.key),
};
