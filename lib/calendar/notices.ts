// The 国务院办公厅 holiday notices for 2018–2026: project data, typed from the notices as
// recorded in ../shared/domain/holidays.md §5–§6 (checked there day by day against holiday-cn,
// chinese-days and tyme4ts: 0 disagreements). The app keeps its own table instead of calling a
// package at run time, so that each day can cite the notice that made it so (holidays.md §1).
// Amendments are separate notices: for the dates they list, the later notice wins.
import type { CalendarDate } from "@/lib/calendar/date";
import type { FestivalArrangement, HolidayNotice } from "@/lib/calendar/types";

function festival(name: string, from: CalendarDate, to: CalendarDate, makeupWorkdays: CalendarDate[] = []): FestivalArrangement {
  return { festival: name, rest: { from, to }, makeupWorkdays };
}

function annualTitle(year: number): string {
  return `国务院办公厅关于${year}年部分节假日安排的通知`;
}

const GOV_CN = "https://www.gov.cn/zhengce/zhengceku";

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    id: "2018",
    year: 2018,
    kind: "annual",
    title: annualTitle(2018),
    docNo: "国办发明电〔2017〕12号",
    issuedOn: "2017-11-30",
    sourceUrl: `${GOV_CN}/2017-11/30/content_5243579.htm`,
    festivals: [
      festival("元旦", "2017-12-30", "2018-01-01"),
      festival("春节", "2018-02-15", "2018-02-21", ["2018-02-11", "2018-02-24"]),
      festival("清明节", "2018-04-05", "2018-04-07", ["2018-04-08"]),
      festival("劳动节", "2018-04-29", "2018-05-01", ["2018-04-28"]),
      festival("端午节", "2018-06-16", "2018-06-18"),
      festival("中秋节", "2018-09-22", "2018-09-24"),
      festival("国庆节", "2018-10-01", "2018-10-07", ["2018-09-29", "2018-09-30"]),
    ],
  },
  {
    id: "2019",
    year: 2019,
    kind: "annual",
    title: annualTitle(2019),
    docNo: "国办发明电〔2018〕15号",
    issuedOn: "2018-12-04",
    sourceUrl: `${GOV_CN}/2018-12/06/content_5346276.htm`,
    note: "2018-12-04 签发，2018-12-06 公布。劳动节安排已由国办发明电〔2019〕3号调整。",
    festivals: [
      festival("元旦", "2018-12-30", "2019-01-01", ["2018-12-29"]),
      festival("春节", "2019-02-04", "2019-02-10", ["2019-02-02", "2019-02-03"]),
      festival("清明节", "2019-04-05", "2019-04-07"),
      // As first issued: 5月1日放假 only. The amendment below extends it.
      festival("劳动节", "2019-05-01", "2019-05-01"),
      festival("端午节", "2019-06-07", "2019-06-09"),
      festival("中秋节", "2019-09-13", "2019-09-15"),
      festival("国庆节", "2019-10-01", "2019-10-07", ["2019-09-29", "2019-10-12"]),
    ],
  },
  {
    id: "2019-labour-day-change",
    year: 2019,
    kind: "amendment",
    title: "国务院办公厅关于调整2019年劳动节假期安排的通知",
    docNo: "国办发明电〔2019〕3号",
    issuedOn: "2019-03-22",
    sourceUrl: `${GOV_CN}/2019-03/22/content_5375877.htm`,
    festivals: [festival("劳动节", "2019-05-01", "2019-05-04", ["2019-04-28", "2019-05-05"])],
  },
  {
    id: "2020",
    year: 2020,
    kind: "annual",
    title: annualTitle(2020),
    docNo: "国办发明电〔2019〕16号",
    issuedOn: "2019-11-21",
    sourceUrl: `${GOV_CN}/2019-11/21/content_5454164.htm`,
    note: "春节假期已由国办发明电〔2020〕1号延长至2月2日，2月1日不再上班。",
    festivals: [
      festival("元旦", "2020-01-01", "2020-01-01"),
      // As first issued: 1月24日至30日, 1月19日、2月1日上班. The extension below overrides 1/31–2/2.
      festival("春节", "2020-01-24", "2020-01-30", ["2020-01-19", "2020-02-01"]),
      festival("清明节", "2020-04-04", "2020-04-06"),
      festival("劳动节", "2020-05-01", "2020-05-05", ["2020-04-26", "2020-05-09"]),
      festival("端午节", "2020-06-25", "2020-06-27", ["2020-06-28"]),
      festival("国庆节、中秋节", "2020-10-01", "2020-10-08", ["2020-09-27", "2020-10-10"]),
    ],
  },
  {
    id: "2020-spring-festival-extension",
    year: 2020,
    kind: "amendment",
    title: "国务院办公厅关于延长2020年春节假期的通知",
    docNo: "国办发明电〔2020〕1号",
    issuedOn: "2020-01-26",
    sourceUrl: `${GOV_CN}/2020-01/27/content_5472352.htm`,
    note: "延长至2月2日，2月3日起正常上班；2月1日（周六）因此不再是调休上班日。",
    // Only the days it added: 1/24–1/30 keep citing the annual notice.
    festivals: [festival("春节", "2020-01-31", "2020-02-02")],
  },
  {
    id: "2021",
    year: 2021,
    kind: "annual",
    title: annualTitle(2021),
    docNo: "国办发明电〔2020〕27号",
    issuedOn: "2020-11-25",
    sourceUrl: `${GOV_CN}/2020-11/25/content_5564127.htm`,
    festivals: [
      festival("元旦", "2021-01-01", "2021-01-03"),
      festival("春节", "2021-02-11", "2021-02-17", ["2021-02-07", "2021-02-20"]),
      festival("清明节", "2021-04-03", "2021-04-05"),
      festival("劳动节", "2021-05-01", "2021-05-05", ["2021-04-25", "2021-05-08"]),
      festival("端午节", "2021-06-12", "2021-06-14"),
      festival("中秋节", "2021-09-19", "2021-09-21", ["2021-09-18"]),
      festival("国庆节", "2021-10-01", "2021-10-07", ["2021-09-26", "2021-10-09"]),
    ],
  },
  {
    id: "2022",
    year: 2022,
    kind: "annual",
    title: annualTitle(2022),
    docNo: "国办发明电〔2021〕11号",
    issuedOn: "2021-10-25",
    sourceUrl: `${GOV_CN}/2021-10/25/content_5644835.htm`,
    festivals: [
      festival("元旦", "2022-01-01", "2022-01-03"),
      festival("春节", "2022-01-31", "2022-02-06", ["2022-01-29", "2022-01-30"]),
      festival("清明节", "2022-04-03", "2022-04-05", ["2022-04-02"]),
      festival("劳动节", "2022-04-30", "2022-05-04", ["2022-04-24", "2022-05-07"]),
      festival("端午节", "2022-06-03", "2022-06-05"),
      festival("中秋节", "2022-09-10", "2022-09-12"),
      festival("国庆节", "2022-10-01", "2022-10-07", ["2022-10-08", "2022-10-09"]),
    ],
  },
  {
    id: "2023",
    year: 2023,
    kind: "annual",
    title: annualTitle(2023),
    docNo: "国办发明电〔2022〕16号",
    issuedOn: "2022-12-08",
    sourceUrl: `${GOV_CN}/2022-12/08/content_5730844.htm`,
    festivals: [
      festival("元旦", "2022-12-31", "2023-01-02"),
      festival("春节", "2023-01-21", "2023-01-27", ["2023-01-28", "2023-01-29"]),
      festival("清明节", "2023-04-05", "2023-04-05"),
      festival("劳动节", "2023-04-29", "2023-05-03", ["2023-04-23", "2023-05-06"]),
      festival("端午节", "2023-06-22", "2023-06-24", ["2023-06-25"]),
      festival("中秋节、国庆节", "2023-09-29", "2023-10-06", ["2023-10-07", "2023-10-08"]),
    ],
  },
  {
    id: "2024",
    year: 2024,
    kind: "annual",
    title: annualTitle(2024),
    docNo: "国办发明电〔2023〕7号",
    issuedOn: "2023-10-25",
    sourceUrl: `${GOV_CN}/202310/content_6911528.htm`,
    note: "文号仅见于二手引用。除夕（2月9日）仅“鼓励”安排休息，法定仍为工作日。",
    festivals: [
      festival("元旦", "2023-12-30", "2024-01-01"),
      festival("春节", "2024-02-10", "2024-02-17", ["2024-02-04", "2024-02-18"]),
      festival("清明节", "2024-04-04", "2024-04-06", ["2024-04-07"]),
      festival("劳动节", "2024-05-01", "2024-05-05", ["2024-04-28", "2024-05-11"]),
      festival("端午节", "2024-06-08", "2024-06-10"),
      festival("中秋节", "2024-09-15", "2024-09-17", ["2024-09-14"]),
      festival("国庆节", "2024-10-01", "2024-10-07", ["2024-09-29", "2024-10-12"]),
    ],
  },
  {
    id: "2025",
    year: 2025,
    kind: "annual",
    title: annualTitle(2025),
    docNo: "国办发明电〔2024〕12号",
    issuedOn: "2024-11-12",
    sourceUrl: `${GOV_CN}/202411/content_6986383.htm`,
    festivals: [
      festival("元旦", "2025-01-01", "2025-01-01"),
      festival("春节", "2025-01-28", "2025-02-04", ["2025-01-26", "2025-02-08"]),
      festival("清明节", "2025-04-04", "2025-04-06"),
      festival("劳动节", "2025-05-01", "2025-05-05", ["2025-04-27"]),
      festival("端午节", "2025-05-31", "2025-06-02"),
      festival("国庆节、中秋节", "2025-10-01", "2025-10-08", ["2025-09-28", "2025-10-11"]),
    ],
  },
  {
    id: "2026",
    year: 2026,
    kind: "annual",
    title: annualTitle(2026),
    // holidays.md: 文号未核实（仅见二手代码注释称国办发明电〔2025〕7号）. Not cited until verified.
    docNo: null,
    issuedOn: "2025-11-04",
    sourceUrl: `${GOV_CN}/202511/content_7047091.htm`,
    note: "文号未核实（仅见二手代码注释称国办发明电〔2025〕7号）。",
    festivals: [
      festival("元旦", "2026-01-01", "2026-01-03", ["2026-01-04"]),
      festival("春节", "2026-02-15", "2026-02-23", ["2026-02-14", "2026-02-28"]),
      festival("清明节", "2026-04-04", "2026-04-06"),
      festival("劳动节", "2026-05-01", "2026-05-05", ["2026-05-09"]),
      festival("端午节", "2026-06-19", "2026-06-21"),
      festival("中秋节", "2026-09-25", "2026-09-27"),
      festival("国庆节", "2026-10-01", "2026-10-07", ["2026-09-20", "2026-10-10"]),
    ],
  },
];
