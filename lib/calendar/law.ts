// Which 《中华人民共和国政府信息公开条例》 governs a request, chosen by the day the application was
// received, and what it says about periods: the reply period and its extension, 补正 and
// consultation, with the articles to cite. Every deadline, message and page asks this module;
// no other file states a period of the 条例.
//
// The 2007 条例 (国务院令第492号) applied from 2008-05-01; the 2019 revision (国务院令第711号)
// from 2019-05-15. A request received before 2019-05-15 stays under the 2007 text to its end,
// 补正 received later included.
import { compareDates, type CalendarDate } from "@/lib/calendar/date";

export type LawId = "2007" | "2019";

export interface DisclosureLaw {
  id: LawId;
  /** 2007年《政府信息公开条例》 */
  name: string;
  /** how its articles are cited: 2007年《条例》 / 条例 */
  cite: string;
  /** the register list's short mark: 适用2007年《条例》 */
  listMark: string;
  /** 2007年4月5日国务院令第492号公布，2008年5月1日起施行 */
  enactment: string;
  inForceFrom: CalendarDate;
  replyWorkingDays: number;
  maxExtensionWorkingDays: number;
  /** the article fixing the reply period and its extension */
  replyArticle: string;
  /** the words of that article on extension: who agrees, and the limit */
  extensionRule: string;
  /** the limit alone, as the article words it */
  extensionLimit: string;
  /** 补正: the working days within which to ask for it, or null where the law sets none */
  correctionRequest: { workingDays: number; article: string; rule: string } | null;
  /** how the period runs after 补正, in Chinese */
  afterCorrection: string;
  /** the period a third party has to answer a consultation, or null where the law sets none */
  consultationPeriod: { workingDays: number; article: string } | null;
  /** the article leaving consultation time out of the period, and what it says */
  consultationRule: string;
}

const LAW_2007: DisclosureLaw = {
  id: "2007",
  name: "2007年《政府信息公开条例》",
  cite: "2007年《条例》",
  listMark: "适用2007年《条例》",
  enactment: "2007年4月5日国务院令第492号公布，2008年5月1日起施行",
  inForceFrom: "2008-05-01",
  replyWorkingDays: 15,
  maxExtensionWorkingDays: 15,
  replyArticle: "2007年《条例》第二十四条",
  extensionRule: "经政府信息公开工作机构负责人同意并告知申请人，延长答复的期限最长不得超过15个工作日",
  extensionLimit: "延长答复的期限最长不得超过15个工作日",
  correctionRequest: null,
  afterCorrection:
    "2007年《条例》第二十一条第（四）项只规定告知申请人作出更改、补充，没有补正告知期限，也没有明文规定补正后如何计算答复期限；本登记簿自收到补正之日起重新计算15个工作日。",
  consultationPeriod: null,
  consultationRule: "2007年《条例》第二十四条第三款：征求第三方意见所需时间（第二十三条）不计算在答复期限内",
};

/** The 条例 in force today; what the public is told of periods (指南, receipts) comes from it. */
export const LAW_IN_FORCE = {
  id: "2019",
  name: "《政府信息公开条例》（2019年修订）",
  cite: "条例",
  listMark: "适用2019年修订的《条例》",
  enactment: "2019年4月3日国务院令第711号修订，2019年5月15日起施行",
  inForceFrom: "2019-05-15",
  replyWorkingDays: 20,
  maxExtensionWorkingDays: 20,
  replyArticle: "条例第三十三条",
  extensionRule: "经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日",
  extensionLimit: "延长的期限最长不得超过20个工作日",
  correctionRequest: { workingDays: 7, article: "条例第三十条", rule: "自收到申请之日起7个工作日内一次性告知申请人作出补正" },
  afterCorrection: "条例第三十条：答复期限自收到补正的申请之日起计算。",
  consultationPeriod: { workingDays: 15, article: "条例第三十二条" },
  consultationRule: "条例第三十三条第二款：征求第三方和其他机关意见所需时间不计算在答复期限内（第三十二条、第三十四条）",
} satisfies DisclosureLaw;
const LAW_2019: DisclosureLaw = LAW_IN_FORCE;

export const DISCLOSURE_LAWS: readonly DisclosureLaw[] = [LAW_2007, LAW_2019];

/** From this day the 2019 revision governs the requests received. */
export const LAW_2019_IN_FORCE_FROM: CalendarDate = LAW_2019.inForceFrom;

/** The law in force on the day an application was received. */
export function lawFor(received: CalendarDate): DisclosureLaw {
  return compareDates(received, LAW_2019.inForceFrom) < 0 ? LAW_2007 : LAW_2019;
}

/** The longest extension any of the laws allows: the bound of the form field before the law is known. */
export const MAX_EXTENSION_ANY_LAW = Math.max(...DISCLOSURE_LAWS.map((law) => law.maxExtensionWorkingDays));

/** e.g. 适用2007年《政府信息公开条例》（2007年4月5日国务院令第492号公布，2008年5月1日起施行）：收到申请在2019年5月15日之前。 */
export function applicableLawLabel(law: DisclosureLaw): string {
  const when = law.id === "2007" ? "收到申请在2019年5月15日之前" : "收到申请在2019年5月15日（含）以后";
  return `适用${law.name}（${law.enactment}）：${when}，答复期限${law.replyWorkingDays}个工作日，延长最长${law.maxExtensionWorkingDays}个工作日（${law.replyArticle}）。`;
}
