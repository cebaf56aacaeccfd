// The report's title names the unit and the year ("文昌镇 2018 年政府信息公开工作年度报告",
// "平潭综合实验区2021年度政府信息公开工作年度报告"); without a title, the statistics period
// ("统计期限自2021年1月1日起") still gives the year.
import { isReportYear } from "@/lib/formats/report-year";
import type { SourceDocument } from "../types";
import { compact } from "./text";

export interface Title {
  organization: string;
  year: number;
  /** the block that holds the title */
  block: number;
}

const TITLE = /^(.*?)(\d{4})年(?:度)?(?:的)?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告/;
/** Blocks at the start of a document where a title may stand (a web page prints its navigation first). */
const TITLE_BLOCKS = 12;

export function readTitle(source: SourceDocument): Title | null {
  const blocks = source.blocks.slice(0, TITLE_BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== "paragraph") continue;
    const text = compact(block.text);
    if (text.length > 80) continue;
    const m = TITLE.exec(text);
    if (!m) continue;
    const year = Number(m[2]);
    if (!isReportYear(year)) continue;
    return { organization: m[1].replace(/^关于/, ""), year, block: i };
  }
  return null;
}

const PERIOD = /(?:统计期限|统计时限|统计期|数据统计)[^。]{0,12}?(\d{4})年1月1日/;

/** The year the statistics cover, as the opening paragraph states it. */
export function yearFromText(source: SourceDocument): number | null {
  for (const block of source.blocks.slice(0, 40)) {
    if (block.kind !== "paragraph") continue;
    const m = PERIOD.exec(compact(block.text));
    if (m && isReportYear(Number(m[1]))) return Number(m[1]);
  }
  return null;
}
