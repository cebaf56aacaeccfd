// Official text shared by the 2019 (国办公开办函〔2019〕60号) and 2021 (国办公开办函〔2021〕30号)
// templates. formats.md §2.6: 表三's header and all its rows except （六）, 表四, and the six
// template headings did not change, so they are written once here. gov-2019.ts and
// gov-2021.ts add 表二, the （六）其他处理 rows and the section guidance, which did change.
import { matrixTable, singleRowTable, sumRule, type ColumnSpec, type RowSpec } from "./build";
import type { CrossYearRule, SectionDef, SumRule, TableDef } from "./types";

export const HEADINGS = {
  overview: "一、总体情况",
  proactive: "二、主动公开政府信息情况",
  requests: "三、收到和处理政府信息公开申请情况",
  review_litigation: "四、政府信息公开行政复议、行政诉讼情况",
  problems: "五、存在的主要问题及改进情况",
  other: "六、其他需要报告的事项",
} as const;

/** Not in either format text; this is what every report we read opens with (Pingtan, 文昌镇). */
export const PREAMBLE_GUIDANCE =
  "报告开头的说明，不加标题：编制依据、报告包括哪几部分、数据统计期限（自报告年度1月1日起至12月31日止）、报告电子版的获取途径，以及对报告有疑问时的联系方式。";

export type GovGuidance = Record<keyof typeof HEADINGS, string>;

export function govSections(guidance: GovGuidance): SectionDef[] {
  const tables: Partial<Record<keyof typeof HEADINGS, string>> = {
    proactive: "t2",
    requests: "t3",
    review_litigation: "t4",
  };
  return [
    { key: "preamble", heading: "", untitled: true, guidance: PREAMBLE_GUIDANCE, narrative: true },
    ...(Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]).map((key) => {
      const section: SectionDef = { key, heading: HEADINGS[key], guidance: guidance[key], narrative: true };
      const table = tables[key];
      if (table) section.table = table;
      return section;
    }),
  ];
}

// ---- 表三 ----

const APPLICANTS = "申请人情况";
const LEGAL_PERSONS = "法人或其他组织";
const applicant = (id: string, ...header: string[]): ColumnSpec => ({ id, header: [APPLICANTS, ...header], path: header });

const T3_COLUMNS: ColumnSpec[] = [
  applicant("natural", "自然人"),
  applicant("business", LEGAL_PERSONS, "商业企业"),
  applicant("research", LEGAL_PERSONS, "科研机构"),
  applicant("nonprofit", LEGAL_PERSONS, "社会公益组织"),
  applicant("legal", LEGAL_PERSONS, "法律服务机构"),
  applicant("other", LEGAL_PERSONS, "其他"),
  applicant("total", "总计"),
];

const T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
/** The row-group label over all outcome rows; the format files put their （六） rows under it. */
export const RESULTS = "三、本年度办理结果";
export const OTHER_HANDLING = "（六）其他处理";
const REFUSED = "（三）不予公开";
const UNABLE = "（四）无法提供";
const DECLINED = "（五）不予处理";

const row = (id: string, ...path: string[]): RowSpec => ({ id, path });

const NEW = row("new", "一、本年新收政府信息公开申请数量");
const CARRIED_IN = row("carried_in", "二、上年结转政府信息公开申请数量");
const OUTCOMES_BEFORE_OTHER: RowSpec[] = [
  row("granted", RESULTS, "（一）予以公开"),
  row("partial", RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
  row("refused_secret", RESULTS, REFUSED, "1.属于国家秘密"),
  row("refused_law", RESULTS, REFUSED, "2.其他法律行政法规禁止公开"),
  row("refused_safety", RESULTS, REFUSED, "3.危及“三安全一稳定”"),
  row("refused_third_party", RESULTS, REFUSED, "4.保护第三方合法权益"),
  row("refused_internal", RESULTS, REFUSED, "5.属于三类内部事务信息"),
  row("refused_process", RESULTS, REFUSED, "6.属于四类过程性信息"),
  row("refused_enforcement", RESULTS, REFUSED, "7.属于行政执法案卷"),
  row("refused_query", RESULTS, REFUSED, "8.属于行政查询事项"),
  row("unable_not_held", RESULTS, UNABLE, "1.本机关不掌握相关政府信息"),
  row("unable_needs_creation", RESULTS, UNABLE, "2.没有现成信息需要另行制作"),
  row("unable_unclear", RESULTS, UNABLE, "3.补正后申请内容仍不明确"),
  row("declined_petition", RESULTS, DECLINED, "1.信访举报投诉类申请"),
  row("declined_repeat", RESULTS, DECLINED, "2.重复申请"),
  row("declined_publication", RESULTS, DECLINED, "3.要求提供公开出版物"),
  row("declined_excessive", RESULTS, DECLINED, "4.无正当理由大量反复申请"),
  row("declined_confirmation", RESULTS, DECLINED, "5.要求行政机关确认或重新出具已获取信息"),
];
const TOTAL = row("total", RESULTS, "（七）总计");
const CARRIED_OUT = row("carried_out", "四、结转下年度继续办理");

export interface RequestsPart {
  table: TableDef;
  /** I1, I2, I3 */
  sums: SumRule[];
  /** W1: the 总计-column cells of the （六） rows that no lawful outcome explains, against the grand total */
  otherHandling: { rows: string[]; total: string };
  /** 新收 and （七）总计 (办结) of the 总计 column */
  requestTotals: { received: string; closed: string };
  /** I5: this year's 上年结转 is last year's 结转下年度, column by column (a warning that needs a reason) */
  crossYear: CrossYearRule[];
}

/**
 * 表三 with the format's own （六）其他处理 rows (2019: one row; 2021: three sub-rows), and those
 * of them W1 counts: all of them unless the format names some as lawful outcomes elsewhere.
 */
export function requestsPart(otherRows: RowSpec[], unexplainedOtherRows: RowSpec[] = otherRows): RequestsPart {
  const outcomes = [...OUTCOMES_BEFORE_OTHER, ...otherRows];
  const rows = [NEW, CARRIED_IN, ...outcomes, TOTAL, CARRIED_OUT];
  const table = matrixTable({
    id: "t3",
    title: HEADINGS.requests,
    labelColumns: 3,
    corner: T3_NOTE,
    rows,
    columns: T3_COLUMNS,
  });
  const key = (r: RowSpec, c: ColumnSpec) => `t3.${r.id}.${c.id}`;
  const applicants = T3_COLUMNS.filter((c) => c.id !== "total");
  const totalColumn = T3_COLUMNS[T3_COLUMNS.length - 1];
  const columnName = (c: ColumnSpec) => (c.path ?? c.header).join(" ");
  const sums: SumRule[] = [
    ...T3_COLUMNS.map((c) =>
      sumRule("I1", "error", [key(NEW, c), key(CARRIED_IN, c)], [key(TOTAL, c), key(CARRIED_OUT, c)],
        `第一项加第二项之和，等于第三项加第四项之和（${columnName(c)}）`),
    ),
    ...T3_COLUMNS.map((c) =>
      sumRule("I2", "error", [key(TOTAL, c)], outcomes.map((r) => key(r, c)), `（七）总计 = 各项办理结果之和（${columnName(c)}）`),
    ),
    ...rows.map((r) =>
      sumRule("I3", "error", [key(r, totalColumn)], applicants.map((c) => key(r, c)), `总计 = 各类申请人之和（${r.path.join(" ")}）`),
    ),
  ];
  return {
    table,
    sums,
    otherHandling: { rows: unexplainedOtherRows.map((r) => key(r, totalColumn)), total: key(TOTAL, totalColumn) },
    requestTotals: { received: key(NEW, totalColumn), closed: key(TOTAL, totalColumn) },
    crossYear: T3_COLUMNS.map((c) => ({
      rule: "I5",
      severity: "warning",
      needsReason: true,
      current: key(CARRIED_IN, c),
      previous: [key(CARRIED_OUT, c)],
    })),
  };
}

// ---- 表四 ----

const RESULT_COLUMNS = [
  ["upheld", "结果维持"],
  ["corrected", "结果纠正"],
  ["other", "其他结果"],
  ["pending", "尚未审结"],
  ["total", "总计"],
] as const;

const BLOCKS = [
  { id: "review", path: ["行政复议"] },
  { id: "suit_direct", path: ["行政诉讼", "未经复议直接起诉"] },
  { id: "suit_after_review", path: ["行政诉讼", "复议后起诉"] },
];

/** 表四 and I7 (each block's 总计 = the four results). */
export function reviewLitigationPart(): { table: TableDef; sums: SumRule[] } {
  const blocks = BLOCKS.map((b) => ({
    ...b,
    columns: RESULT_COLUMNS.map(([id, text]): ColumnSpec => ({ id, header: [...b.path, text], path: [text] })),
  }));
  const table = singleRowTable({ id: "t4", title: HEADINGS.review_litigation, blocks });
  const sums = BLOCKS.map((b) => {
    const parts = RESULT_COLUMNS.filter(([id]) => id !== "total");
    return sumRule(
      "I7",
      "error",
      [`t4.${b.id}.total`],
      parts.map(([id]) => `t4.${b.id}.${id}`),
      `总计 = ${parts.map(([, text]) => text).join(" + ")}（${b.path.join(" ")}）`,
    );
  });
  return { table, sums };
}
