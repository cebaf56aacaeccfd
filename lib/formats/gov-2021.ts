// 《中华人民共和国政府信息公开工作年度报告格式》，国办公开办函〔2021〕30号 (formats.md §1).
// What differs from 2019 (formats.md §2.6) is written here; the rest is in gov-common.ts.
import { blockTable, type ColumnSpec } from "./build";
import { govSections, HEADINGS, OTHER_HANDLING, RESULTS, requestsPart, reviewLitigationPart } from "./gov-common";
import type { FormatDef } from "./types";

const INFO = "信息内容";
const DECISIONS: ColumnSpec = { id: "decisions", header: ["本年处理决定数量"] };

const proactive = blockTable({
  id: "t2",
  title: HEADINGS.proactive,
  width: 4,
  blocks: [
    {
      banner: "第二十条第（一）项",
      labelHeader: INFO,
      columns: [
        { id: "issued", header: ["本年制发件数"], unit: "件" },
        { id: "repealed", header: ["本年废止件数"], unit: "件" },
        { id: "in_force", header: ["现行有效件数"], unit: "件" },
      ],
      rows: [
        { id: "rules", label: "规章" },
        { id: "normative", label: "行政规范性文件" },
      ],
    },
    { banner: "第二十条第（五）项", labelHeader: INFO, columns: [DECISIONS], rows: [{ id: "license", label: "行政许可" }] },
    {
      banner: "第二十条第（六）项",
      labelHeader: INFO,
      columns: [DECISIONS],
      rows: [
        { id: "penalty", label: "行政处罚" },
        { id: "coercion", label: "行政强制" },
      ],
    },
    {
      banner: "第二十条第（八）项",
      labelHeader: INFO,
      columns: [{ id: "amount", header: ["本年收费金额（单位：万元）"], kind: "money", unit: "万元" }],
      rows: [{ id: "fees", label: "行政事业性收费" }],
    },
  ],
});

// 1. and 2. are outcomes the 条例 provides for (arts. 30 and 42); W1 looks at 3.其他 only.
const OTHER_MISC = { id: "other_misc", path: [RESULTS, OTHER_HANDLING, "3.其他"] };
const requests = requestsPart(
  [
    { id: "other_no_correction", path: [RESULTS, OTHER_HANDLING, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"] },
    { id: "other_no_fee", path: [RESULTS, OTHER_HANDLING, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"] },
    OTHER_MISC,
  ],
  [OTHER_MISC],
);

const reviewLitigation = reviewLitigationPart();

export const gov2021: FormatDef = {
  id: "gov-2021",
  source: "国办公开办函〔2021〕30号",
  name: "中华人民共和国政府信息公开工作年度报告格式",
  years: { from: 2021, to: null },
  sections: govSections({
    overview:
      "这一项报告本机关政府信息公开工作总体情况，对本机关贯彻落实《中华人民共和国政府信息公开条例》情况进行综述，主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障（含《中华人民共和国政府信息公开条例》第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”）等方面，重在聚焦主题、简明客观，篇幅原则上不超过一千字。",
    proactive:
      "这一项主要报告《中华人民共和国政府信息公开条例》第二十条规定的法定主动公开内容中，适宜以数据方式呈现且具备统计汇总价值的内容，包括（一）（五）（六）（八）共四项，其中，第（五）项的行政许可数量、第（六）项的行政处罚和行政强制数量，包括已公开和依法未公开的全部处理决定。各项数据核定时间点为报告年度的12月31日。",
    requests:
      "这一项主要报告两方面情况：一是申请人的类别；二是政府信息公开申请的最终处理结果。此项内容重在数据准确、要素齐备，全面客观反映政府信息公开申请接收和办理情况，便于政府信息公开工作主管部门全面掌握工作动态，使社会各界了解政府公开透明进程。",
    review_litigation:
      "这一项主要报告两方面情况：一是政府信息公开行政复议处理结果情况；二是政府信息公开行政诉讼处理结果情况。根据行政复议法和行政诉讼法有关规定，行政诉讼处理结果需进一步区分两类情形，分别是“未经复议直接起诉”和“复议后起诉”。行政复议机关作为共同被告的行政诉讼案件，只计算原行为主体的案件数量，不计算行政复议机关的案件数量。",
    problems:
      "这一项主要报告本机关政府信息公开工作中存在的主要问题及改进情况。此项内容重在实事求是、明确具体，避免笼统模糊、泛泛而谈。查找问题要有针对性，改进举措要有实效性，不得出现敷衍了事甚至年年雷同现象。",
    other:
      "这一项主要报告本机关认为需要报告的其他事项，以及其他有关文件专门要求通过年度报告予以报告的事项。各行政机关依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，在此处专门报告。（文字描述，收取信息处理费情况在此处报告。）",
  }),
  tables: [proactive, requests.table, reviewLitigation.table],
  sums: [...requests.sums, ...reviewLitigation.sums],
  crossYear: requests.crossYear,
  otherHandling: requests.otherHandling,
  requestTotals: requests.requestTotals,
  townshipForbidden: proactive.cells.filter((c) => c.row === "rules").map((c) => c.key),
  // The guidance of 六 asks for it: "收取信息处理费情况在此处报告".
  feeSection: "other",
  // 表三 （六）2.: the request is no longer handled because the fee was not paid in time.
  unpaidFeeRow: "other_no_fee",
};
