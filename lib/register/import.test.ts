import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkRegisterRows, readSheet, registerRows } from "@/lib/register/import";
import { outcomeIndex } from "@/lib/register/labels";
import { getFormat } from "@/lib/formats";
import { LIMIT_MESSAGES, UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { gbk, registerCsv } from "@/lib/uploads/testing";
import { NOT_UTF8 } from "@/lib/uploads/text";

const HEADER = "编号,收到日期,渠道,申请人类型,办结日期,办理结果";

async function fromCsv(text: string) {
  const sheet = await readSheet("csv", new TextEncoder().encode(text));
  if (!sheet.ok) throw new Error(sheet.error);
  const rows = registerRows(sheet.rows);
  if (!rows.ok) throw new Error(rows.error);
  return checkRegisterRows(rows.rows, { today: "2026-01-15" });
}

describe("register import: reading the spreadsheet", () => {
  it("reads keys and official labels, with spaces inside labels and “，” for “、”", async () => {
    const result = await fromCsv(
      [
        `\uFEFF${HEADER}`,
        "2025-0001,2025-01-06,当面,自然人,2025-01-20,granted",
        "2025-0002,2025-01-07,网络,商业 企业,2025-02-10,（三）4.保护第三方合法权益",
        "2025-0003,2025-01-08,邮寄,社会 公益 组织,2025-02-11,\"1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请\"",
        "2025-0004,2025-12-30,传真,法律服务机构,,",
      ].join("\r\n"),
    );
    expect(result.problems).toEqual([]);
    expect(result.requests.map((r) => [r.trackingNumber, r.channel, r.applicantType, r.closedOn, r.outcome])).toEqual([
      ["2025-0001", "in_person", "natural", "2025-01-20", "granted"],
      ["2025-0002", "online", "business", "2025-02-10", "refused_third_party"],
      ["2025-0003", "post", "nonprofit", "2025-02-11", "other_no_correction"],
      ["2025-0004", "fax", "legal", null, null],
    ]);
  });

  it("reports every bad row with its line and the reason in Chinese", async () => {
    const result = await fromCsv(
      [
        HEADER,
        "A1,2025-02-30,当面,自然人,,",
        "A2,2025-01-06,电话,居民,,",
        "A3,2025-01-06,当面,自然人,2025-01-05,granted",
        "A4,2025-01-06,当面,自然人,2025-01-10,",
        "A1,2020-05-06,当面,自然人,2020-05-10,other_misc",
        "A6,2026-02-01,当面,自然人,,",
      ].join("\n"),
    );
    expect(result.requests).toEqual([]);
    expect(result.problems).toEqual([
      { line: 2, message: "收到日期：2025-02-30 不是有效的日期" },
      { line: 3, message: "渠道 “电话” 无法识别，应为 当面、邮寄、网络、传真、其他 之一；申请人类型 “居民” 无法识别，应为 自然人、法人或其他组织 › 商业企业、法人或其他组织 › 科研机构、法人或其他组织 › 社会公益组织、法人或其他组织 › 法律服务机构、法人或其他组织 › 其他 之一" },
      { line: 4, message: "办结日期 2025-01-05 早于收到日期 2025-01-06" },
      { line: 5, message: "已填办结日期，办理结果却为空" },
      {
        line: 6,
        message:
          "办理结果 “other_misc” 不是 2020 年适用的《中华人民共和国政府信息公开工作年度报告格式（试行）》中的办理结果（可写代码如 granted，或表中名称如“（一）予以公开”）；编号 “A1” 与第 2 行重复",
      },
      { line: 7, message: "收到日期 2026-02-01 晚于今天 2026-01-15" },
    ]);
  });

  it("numbers records by the line they start on when a quoted field spans lines", async () => {
    const result = await fromCsv(`${HEADER}\n"B\n1",2025-13-01,当面,自然人,,`);
    expect(result.problems).toEqual([{ line: 2, message: "收到日期：2025-13-01 不是有效的日期" }]);
  });

  it("reads back the apostrophe the export puts before a formula-like 编号, and keeps any other", async () => {
    const text = "编号,收到日期\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",2025-01-01\n'-12,2025-01-02\n'A-1,2025-01-03";
    expect(await readSheet("csv", new TextEncoder().encode(text))).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ["编号", "收到日期"] },
        { line: 2, cells: ['=HYPERLINK("http://evil","x")', "2025-01-01"] },
        { line: 3, cells: ["-12", "2025-01-02"] },
        { line: 4, cells: ["'A-1", "2025-01-03"] },
      ],
    });
  });

  it("says which header columns are missing", async () => {
    const sheet = await readSheet("csv", new TextEncoder().encode("编号,收到日期\n1,2025-01-01"));
    expect(sheet.ok && registerRows(sheet.rows)).toEqual({ ok: false, error: "第 1 行（表头）缺少列：渠道、申请人类型、办结日期、办理结果" });
  });

  it("reads a CSV saved by Excel on Chinese Windows (GBK) as the same register, and says it was GBK", async () => {
    const text = [HEADER, "文昌镇-1,2025-01-06,网络,自然人,2025-01-20,granted"].join("\r\n");
    const sheet = await readSheet("csv", gbk(text));
    expect(sheet).toEqual({ ok: true, encoding: "gb18030", rows: [{ line: 1, cells: HEADER.split(",") }, { line: 2, cells: ["文昌镇-1", "2025-01-06", "网络", "自然人", "2025-01-20", "granted"] }] });
  });

  it("refuses a CSV that is neither UTF-8 nor GBK", async () => {
    expect(await readSheet("csv", new Uint8Array([0x61, 0x2c, 0xff, 0x0a]))).toEqual({ ok: false, error: NOT_UTF8 });
  });

  it("refuses a CSV of 100,000 requests over 4 MB by its size", async () => {
    const csv = registerCsv(100_000);
    expect(await readSheet("csv", csv)).toEqual({ ok: false, error: "文件超过 4 MB（5.6 MB）" });
  });

  it("refuses a CSV of 100,000 short rows under 4 MB at its 20,002nd row, within 200 MB of memory", async () => {
    const csv = registerCsv(100_000, { open: true });
    expect(csv.length).toBeLessThan(UPLOAD_LIMITS.fileBytes);
    const before = process.resourceUsage().maxRSS / 1024;
    expect(await readSheet("csv", csv)).toEqual({ ok: false, error: LIMIT_MESSAGES.rows });
    expect(process.resourceUsage().maxRSS / 1024 - before).toBeLessThan(200);
  });

  it("reads a CSV of 20,000 requests, the limit", async () => {
    const sheet = await readSheet("csv", registerCsv(UPLOAD_LIMITS.rows));
    expect(sheet.ok && sheet.rows.length).toBe(UPLOAD_LIMITS.rows + 1);
  });

  it("refuses a file over 4 MB before reading it", async () => {
    const bytes = new Uint8Array(UPLOAD_LIMITS.fileBytes + 1).fill(0x2c);
    expect(await readSheet("csv", bytes)).toEqual({ ok: false, error: "文件超过 4 MB（4.0 MB）" });
    expect(await readSheet("xlsx", bytes)).toEqual({ ok: false, error: "文件超过 4 MB（4.0 MB）" });
  });

  it("reads the first sheet of an XLSX file, date cells as the day they show", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("登记簿");
    sheet.addRow(HEADER.split(","));
    sheet.addRow(["2025-0001", new Date(Date.UTC(2025, 0, 6)), "当面", "自然人", new Date(Date.UTC(2025, 0, 20)), "（一）予以公开"]);
    sheet.addRow([17, "2025-01-07", "网络", "科研机构", null, null]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readSheet("xlsx", bytes);
    if (!read.ok) throw new Error(read.error);
    const rows = registerRows(read.rows);
    if (!rows.ok) throw new Error(rows.error);
    const { requests, problems } = checkRegisterRows(rows.rows);
    expect(problems).toEqual([]);
    expect(requests).toEqual([
      { line: 2, trackingNumber: "2025-0001", receivedOn: "2025-01-06", channel: "in_person", applicantType: "natural", closedOn: "2025-01-20", outcome: "granted" },
      { line: 3, trackingNumber: "17", receivedOn: "2025-01-07", channel: "online", applicantType: "research", closedOn: null, outcome: null },
    ]);
  });

  it("reads only the first of several sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("2025").addRows([HEADER.split(","), ["2025-0001", "2025-01-06", "当面", "自然人", null, null]]);
    workbook.addWorksheet("2024").addRows([HEADER.split(","), ["2024-0001", "2024-01-06", "当面", "自然人", null, null], ["2024-0002"]]);
    const read = await readSheet("xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read).toEqual({ ok: true, rows: [{ line: 1, cells: HEADER.split(",") }, { line: 2, cells: ["2025-0001", "2025-01-06", "当面", "自然人"] }] });
  });

  it("refuses bytes that are not a workbook", async () => {
    expect(await readSheet("xlsx", new TextEncoder().encode("编号,收到日期"))).toEqual({ ok: false, error: "不是有效的 XLSX 文件（无法打开工作簿）" });
  });
});

describe("outcome labels", () => {
  it("resolves each 2021 leaf by key, own label, label without its number, and the interchange spelling", () => {
    const index = outcomeIndex(getFormat("gov-2021"));
    expect(index.resolve("refused_third_party")).toEqual({ ok: true, key: "refused_third_party" });
    expect(index.resolve("4.保护第三方合法权益")).toEqual({ ok: true, key: "refused_third_party" });
    expect(index.resolve("保护第三方合法权益")).toEqual({ ok: true, key: "refused_third_party" });
    expect(index.resolve("（三）4.保护第三方合法权益")).toEqual({ ok: true, key: "refused_third_party" });
    expect(index.resolve("(二)部分公开(区分处理的,只计这一情形,不计其他情形)")).toEqual({ ok: true, key: "partial" });
    expect(index.resolve("危及\"三安全一稳定\"")).toEqual({ ok: true, key: "refused_safety" });
    expect(index.resolve("3.其他")).toEqual({ ok: true, key: "other_misc" });
  });

  it("does not guess a number shared by several groups", () => {
    const index = outcomeIndex(getFormat("gov-2021"));
    expect(index.resolve("1.")).toEqual({ ok: false });
  });
});
