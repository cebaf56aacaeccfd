// 《政府信息公开情况统计表》 of 国办发〔2014〕32号, used for the reports on years up to 2018
// (formats.md §3). The national template text was not found; the labels are those printed
// in the seed report's 统计表 (文昌镇 2018), with the OCR's stray spaces removed and its
// half-width punctuation kept as printed. Keys follow interchange.md.
//
// Soft identities (warnings; formats.md §3.2 — implied by the "其中"/numbered structure only):
//
// | rule | total                              | = sum of                                                    |
// |------|------------------------------------|-------------------------------------------------------------|
// | L1   | 一(二) channels_total              | ch_gazette + ch_website + ch_weibo + ch_wechat + ch_other   |
// | L2   | 三(一) req_received                | req_in_person + req_fax + req_online + req_letter           |
// | L3   | 三(二) req_closed                  | req_on_time + req_extended                                  |
// | L4   | 三(三) req_answered                | ans_already_public … ans_other_route (items 1–8)            |
// | L5   | 三(三)4 ans_refused                | the six refused_* reasons                                   |
// | L6   | 四 review_total                    | review_upheld + review_corrected + review_other             |
// | L7   | 五 suit_total                      | suit_upheld + suit_corrected + suit_other                   |
// | L8   | 八(三) staff_total                 | staff_full_time + staff_part_time                           |
//
// "其中" rows that are only a part (proactive_normative, *_leader) give inequalities, not
// sums, and are not checked.
import { indicatorTable, sumRule, type IndicatorItem } from "./build";
import type { FormatDef, NumberKind } from "./types";

const heading = (level: number, text: string): IndicatorItem => ({ type: "heading", level, text });
const row = (level: number, id: string, label: string, unit: string, kind?: NumberKind): IndicatorItem =>
  kind ? { type: "row", level, id, label, unit, kind } : { type: "row", level, id, label, unit };

const items: IndicatorItem[] = [
  heading(0, "一、主动公开情况"),
  row(1, "proactive_total", "(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)", "条"),
  row(2, "proactive_normative", "其中:主动公开规范性文件数", "条"),
  row(2, "normative_issued", "制发规范性文件总数", "件"),
  row(1, "channels_total", "(二)通过不同渠道和方式公开政府信息的情况", "条"),
  row(2, "ch_gazette", "1.政府公报公开政府信息数", "条"),
  row(2, "ch_website", "2.政府网站公开政府信息数", "条"),
  row(2, "ch_weibo", "3.政务微博公开政府信息数", "条"),
  row(2, "ch_wechat", "4.政务微信公开政府信息数", "条"),
  row(2, "ch_other", "5.其他方式公开政府信息数", "条"),
  heading(0, "二、回应解读情况"),
  row(1, "responses_total", "(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)", "次"),
  heading(1, "(二)通过不同渠道和方式回应解读的情况"),
  row(2, "press_conferences", "1.参加或举办新闻发布会总次数", "次"),
  row(3, "press_conferences_leader", "其中:主要负责同志参加新闻发布会次数", "次"),
  row(2, "online_interviews", "2.政府网站在线访谈次数", "次"),
  row(3, "online_interviews_leader", "其中:主要负责同志参加政府网站在线访谈次数", "次"),
  row(2, "interpretations", "3.政策解读稿件发布数", "篇"),
  row(2, "weibo_wechat_responses", "4.微博微信回应事件数", "次"),
  row(2, "other_responses", "5.其他方式回应事件数", "次"),
  heading(0, "三、依申请公开情况"),
  row(1, "req_received", "(一)收到申请数", "件"),
  row(2, "req_in_person", "1.当面申请数", "件"),
  row(2, "req_fax", "2.传真申请数", "件"),
  row(2, "req_online", "3.网络申请数", "件"),
  row(2, "req_letter", "4.信函申请数", "件"),
  row(1, "req_closed", "(二)申请办结数", "件"),
  row(2, "req_on_time", "1.按时办结数", "件"),
  row(2, "req_extended", "2.延期办结数", "件"),
  row(1, "req_answered", "(三)申请答复数", "件"),
  row(2, "ans_already_public", "1.属于已主动公开范围数", "件"),
  row(2, "ans_granted", "2.同意公开答复数", "件"),
  row(2, "ans_partial", "3.同意部分公开答复数", "件"),
  row(2, "ans_refused", "4.不同意公开答复数", "件"),
  row(3, "refused_state_secret", "其中:涉及国家秘密", "件"),
  row(3, "refused_commercial_secret", "涉及商业秘密", "件"),
  row(3, "refused_privacy", "涉及个人隐私", "件"),
  row(3, "refused_safety", "危及国家安全、公共安全、经济安全和社会稳定", "件"),
  row(3, "refused_not_gov_info", "不是《条例》所指政府信息", "件"),
  row(3, "refused_other_law", "法律法规规定的其他情形", "件"),
  row(2, "ans_not_this_agency", "5.不属于本行政机关公开数", "件"),
  row(2, "ans_not_exist", "6.申请信息不存在数", "件"),
  row(2, "ans_correction", "7.告知作出更改补充数", "件"),
  row(2, "ans_other_route", "8.告知通过其他途径办理数", "件"),
  row(0, "review_total", "四、行政复议数量", "件"),
  row(1, "review_upheld", "(一)维持具体行政行为数", "件"),
  row(1, "review_corrected", "(二)被依法纠错数", "件"),
  row(1, "review_other", "(三)其他情形数", "件"),
  row(0, "suit_total", "五、行政诉讼数量", "件"),
  row(1, "suit_upheld", "(一)维持具体行政行为或者驳回原告诉讼请求数", "件"),
  row(1, "suit_corrected", "(二)被依法纠错数", "件"),
  row(1, "suit_other", "(三)其他情形数", "件"),
  row(0, "complaints", "六、举报投诉数量", "件"),
  row(0, "fees", "七、依申请公开信息收取的费用", "万元", "money"),
  heading(0, "八、机构建设和保障经费情况"),
  row(1, "offices", "(一)政府信息公开工作专门机构数", "个"),
  row(1, "reading_points", "(二)设置政府信息公开查阅点数", "个"),
  row(1, "staff_total", "(三)从事政府信息公开工作人员数", "人"),
  row(2, "staff_full_time", "1.专职人员数(不包括政府公报及政府网站工作人员数)", "人"),
  row(2, "staff_part_time", "2.兼职人员数", "人"),
  row(1, "budget", "(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)", "万元", "money"),
  heading(0, "九、政府信息公开会议和培训情况"),
  row(1, "meetings", "(一)召开政府信息公开工作会议或专题会议数", "次"),
  row(1, "trainings", "(二)举办各类培训班数", "次"),
  row(1, "trainees", "(三)接受培训人员数", "人次"),
];

const statistics = indicatorTable({
  id: "t1",
  title: "政府信息公开情况统计表",
  header: ["统计指标", "单位", "统计数"],
  valueColumn: "value",
  items,
});

const v = (row: string) => `t1.${row}.value`;
const soft = (rule: string, total: string, parts: string[], description: string) =>
  sumRule(rule, "warning", [v(total)], parts.map(v), description);

export const legacy2014: FormatDef = {
  id: "legacy-2014",
  source: "国办发〔2014〕32号",
  name: "政府信息公开情况统计表",
  // The 统计表 dates from 2014; reports on earlier years have no other format here and fall back to it.
  years: { from: 2014, to: 2018 },
  sections: [
    {
      key: "preamble",
      heading: "",
      untitled: true,
      guidance:
        "报告开头的说明，不加标题：编制依据（《中华人民共和国政府信息公开条例》及本地实施办法）、数据统计期限（自报告年度1月1日至12月31日）、报告电子版的获取途径，以及对报告有疑问时的联系方式。",
      narrative: true,
    },
    {
      key: "overview",
      heading: "一、主要工作开展情况",
      guidance:
        "按《中华人民共和国政府信息公开条例》（2007年）第三十二条报告：（一）行政机关主动公开政府信息的情况；（二）行政机关依申请公开政府信息和不予公开政府信息的情况；（三）政府信息公开的收费及减免情况；（四）因政府信息公开申请行政复议、提起行政诉讼的情况；（六）其他需要报告的事项。",
      narrative: true,
    },
    {
      key: "problems",
      heading: "二、存在问题",
      guidance: "按《中华人民共和国政府信息公开条例》（2007年）第三十二条第（五）项，报告政府信息公开工作存在的主要问题。",
      narrative: true,
    },
    {
      key: "plans",
      heading: "三、下步工作计划",
      guidance: "针对存在的问题，报告下一年度的改进措施和工作安排（第三十二条第（五）项“改进情况”）。",
      narrative: true,
    },
    {
      key: "statistics",
      heading: "附件：政府信息公开情况统计表",
      guidance: "按国办发〔2014〕32号《政府信息公开情况统计表》逐项填报本年度数据；不发生的填 0，不要留空。",
      table: "t1",
      narrative: false,
    },
  ],
  tables: [statistics],
  requestTotals: { received: v("req_received"), closed: v("req_closed") },
  sums: [
    soft("L1", "channels_total", ["ch_gazette", "ch_website", "ch_weibo", "ch_wechat", "ch_other"], "通过不同渠道和方式公开政府信息数 = 五种渠道之和"),
    soft("L2", "req_received", ["req_in_person", "req_fax", "req_online", "req_letter"], "收到申请数 = 当面 + 传真 + 网络 + 信函"),
    soft("L3", "req_closed", ["req_on_time", "req_extended"], "申请办结数 = 按时办结数 + 延期办结数"),
    soft(
      "L4",
      "req_answered",
      ["ans_already_public", "ans_granted", "ans_partial", "ans_refused", "ans_not_this_agency", "ans_not_exist", "ans_correction", "ans_other_route"],
      "申请答复数 = 第1至8项之和",
    ),
    soft(
      "L5",
      "ans_refused",
      ["refused_state_secret", "refused_commercial_secret", "refused_privacy", "refused_safety", "refused_not_gov_info", "refused_other_law"],
      "不同意公开答复数 = 六种不同意公开的情形之和",
    ),
    soft("L6", "review_total", ["review_upheld", "review_corrected", "review_other"], "行政复议数量 = 维持 + 纠错 + 其他情形"),
    soft("L7", "suit_total", ["suit_upheld", "suit_corrected", "suit_other"], "行政诉讼数量 = 维持或驳回 + 纠错 + 其他情形"),
    soft("L8", "staff_total", ["staff_full_time", "staff_part_time"], "从事政府信息公开工作人员数 = 专职 + 兼职"),
  ],
};
