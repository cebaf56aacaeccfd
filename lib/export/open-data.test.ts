// The open-data files of the real reports (../shared/fixtures) read back as a program reads
// them: JSON parsed, CSV parsed, the workbook opened with exceljs and each number found by its
// labels. Every file gives back every cell of the report, and the labels of the registry.
import { describe, expect, it } from "vitest";
import type { PublishedReport } from "@/lib/data/public";
import { getFormat } from "@/lib/formats";
import { listCells, normalizeCells } from "@/lib/formats/engine";
import { loadFixtures } from "@/lib/formats/fixtures.testutil";
import { reportDataFile, yearCsv, yearJsonl, YEAR_CSV_HEADER } from "./open-data";
import { dataCsvCells, yearCsvReports, yearJsonlRecords } from "./open-data.testutil";
import { readWorkbook, xlsxCells } from "./xlsx-cells.testutil";

const fixtures = loadFixtures();

function published(name: string, index: number): PublishedReport {
  const { raw } = fixtures.find((f) => f.name === name)!;
  return {
    orgSlug: name.replace(/-\d+$/, ""),
    orgName: raw.organization,
    year: raw.year,
    format: raw.format,
    revision: index + 1,
    publishedAt: new Date(`${raw.year + 1}-02-0${index + 1}T00:00:00+08:00`),
    reason: null,
    cells: raw.cells,
    sections: {},
    channels: [],
    scope: "own",
    rollup: null,
    corrections: [],
    historical: null,
  };
}

const text = (body: string | Uint8Array) => (typeof body === "string" ? body : new TextDecoder().decode(body));

describe("reportDataFile", () => {
  fixtures.forEach(({ name, raw }, index) => {
    it(`${name}: data.json, data.csv and data.xlsx each give back every cell`, async () => {
      const report = published(name, index);
      const format = getFormat(raw.format);
      const expected = normalizeCells(format, raw.cells);
      expect(Object.keys(expected)).toHaveLength(listCells(format).length);

      const json = await reportDataFile(report, "json");
      expect(json.contentType).toBe("application/json; charset=utf-8");
      expect(JSON.parse(text(json.body))).toEqual({ format: raw.format, year: raw.year, organization: raw.organization, cells: expected });

      const csv = await reportDataFile(report, "csv");
      const fromCsv = dataCsvCells(text(csv.body));
      expect(fromCsv.header).toEqual(["key", "行", "列", "值"]);
      expect(fromCsv.cells).toEqual(expected);
      for (const def of listCells(format)) expect(fromCsv.labels[def.key]).toEqual([def.rowLabel, def.columnLabel]);

      const xlsx = await reportDataFile(report, "xlsx");
      expect(xlsx.body).toBeInstanceOf(Uint8Array);
      expect(xlsxCells(await readWorkbook(xlsx.body as Uint8Array), format)).toEqual(expected);
    });
  });

  it("names the file of a revision's own address after the revision", async () => {
    const report = published("pingtan-2021", 1);
    expect((await reportDataFile(report, "csv")).disposition).toBe('attachment; filename="pingtan-2021.csv"');
    expect((await reportDataFile(report, "csv", true)).disposition).toBe('attachment; filename="pingtan-2021-r2.csv"');
    expect((await reportDataFile(report, "json", true)).disposition).toBe('inline; filename="pingtan-2021-r2.json"');
    expect((await reportDataFile(report, "xlsx")).disposition).toBe(
      `attachment; filename="pingtan-2021.xlsx"; filename*=UTF-8''${encodeURIComponent("平潭综合实验区2021年政府信息公开工作年度报告.xlsx")}`,
    );
    expect((await reportDataFile(report, "xlsx", true)).disposition).toBe(
      `attachment; filename="pingtan-2021-r2.xlsx"; filename*=UTF-8''${encodeURIComponent("平潭综合实验区2021年政府信息公开工作年度报告（第2版）.xlsx")}`,
    );
  });
});

describe("the year files", () => {
  // Four units of one file (the fixtures are of different years; the file does not care).
  const reports = fixtures.map(({ name }, index) => ({ ...published(name, index), orgSlug: name }));

  it("CSV: a line per unit and cell with the unit, year and revision, the labels of the registry, and the value", () => {
    const csv = yearCsv(reports);
    expect(csv.startsWith(`\uFEFF${YEAR_CSV_HEADER.join(",")}\r\n`)).toBe(true);
    const { header, reports: read } = yearCsvReports(csv);
    expect(header).toEqual([...YEAR_CSV_HEADER]);
    expect(read.map((r) => [r.unit, r.unitName, r.year, r.revision])).toEqual(reports.map((r) => [r.orgSlug, r.orgName, r.year, r.revision]));
    read.forEach((entry, i) => {
      const format = getFormat(reports[i].format);
      expect(entry.cells).toEqual(normalizeCells(format, reports[i].cells));
      for (const def of listCells(format)) expect(entry.labels[def.key]).toEqual([def.rowLabel, def.columnLabel]);
    });
  });

  it("JSON Lines: one interchange document per line with the unit, revision and publication time in China", () => {
    const records = yearJsonlRecords(yearJsonl(reports));
    expect(records).toHaveLength(reports.length);
    records.forEach((record, i) => {
      const report = reports[i];
      expect(Object.keys(record)).toEqual(["unit", "revision", "publishedAt", "format", "year", "organization", "cells"]);
      expect(record).toEqual({
        unit: report.orgSlug,
        revision: report.revision,
        publishedAt: `${report.year + 1}-02-0${i + 1}T00:00:00+08:00`,
        format: report.format,
        year: report.year,
        organization: report.orgName,
        cells: normalizeCells(getFormat(report.format), report.cells),
      });
    });
    expect(yearJsonl([])).toBe("");
  });
});
