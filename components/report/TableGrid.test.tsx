// The official tables as a screen reader reads them: every number's `headers` name header cells
// of its own table that carry its official row and column labels, every level of them.
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { FORMAT_IDS, getFormat } from "@/lib/formats";
import type { FormatDef } from "@/lib/formats/types";
import { TableGrid } from "@/components/report/TableGrid";

interface Header {
  text: string;
  table: string;
}

/** All tables of a format on one page, read back: the header cells by id, and each cell's `headers` and text. */
function renderFormat(format: FormatDef) {
  const html = renderToStaticMarkup(
    <>
      {format.tables.map((table) => (
        <TableGrid key={table.id} table={table} renderCell={(cell) => `[${cell.key}]`} />
      ))}
    </>,
  );
  const headers = new Map<string, Header>();
  const duplicates: string[] = [];
  const cells: { text: string; headers: string[]; table: string }[] = [];
  const tables = html.split("<table").slice(1);
  format.tables.forEach((table, index) => {
    const markup = tables[index];
    for (const [, id, text] of markup.matchAll(/<th id="([^"]+)"[^>]*>([^<]*)<\/th>/g)) {
      if (headers.has(id)) duplicates.push(id);
      headers.set(id, { text, table: table.id });
    }
    for (const [, attributes, text] of markup.matchAll(/<td([^>]*)>([^<]*)<\/td>/g)) {
      const list = /headers="([^"]*)"/.exec(attributes)?.[1];
      cells.push({ text, headers: list ? list.split(" ") : [], table: table.id });
    }
  });
  return { html, headers, duplicates, cells };
}

describe("table headers tied to their cells", () => {
  for (const id of FORMAT_IDS) {
    const format = getFormat(id);
    it(`${id}: every number's headers are header cells of its table carrying every part of its official row and column labels`, () => {
      const { headers, duplicates, cells } = renderFormat(format);
      expect(duplicates).toEqual([]);
      const defs = new Map(format.tables.flatMap((t) => t.cells).map((cell) => [cell.key, cell]));
      const numbers = cells.filter((c) => c.text.startsWith("["));
      expect(numbers).toHaveLength(defs.size);
      for (const number of numbers) {
        const def = defs.get(number.text.slice(1, -1))!;
        const named = number.headers.map((h) => headers.get(h));
        expect(named.every((h) => h?.table === number.table), `${def.key}: ${number.headers.join(" ")}`).toBe(true);
        const texts = named.map((h) => h!.text);
        for (const part of [...(def.rowPath ?? [def.rowLabel]), ...(def.columnPath ?? [def.columnLabel])]) {
          expect(texts, def.key).toContain(part);
        }
      }
    });
  }

  it("gives each number its row headers, outermost first, then the column headers of its own band", () => {
    const texts = (formatId: (typeof FORMAT_IDS)[number], key: string) => {
      const { headers, cells } = renderFormat(getFormat(formatId));
      return cells.find((c) => c.text === `[${key}]`)!.headers.map((h) => headers.get(h)!.text);
    };
    expect(texts("gov-2021", "t3.refused_law.business")).toEqual([
      "三、本年度办理结果",
      "（三）不予公开",
      "2.其他法律行政法规禁止公开",
      "申请人情况",
      "法人或其他组织",
      "商业企业",
    ]);
    // 表二 repeats its column headers above each block: only the block's own.
    expect(texts("gov-2021", "t2.coercion.decisions")).toEqual(["行政强制", "第二十条第（六）项", "本年处理决定数量"]);
    // 表四 has no row headers: the blocks are column groups.
    expect(texts("gov-2021", "t4.suit_direct.total")).toEqual(["行政诉讼", "未经复议直接起诉", "总计"]);
    // 2014's groups stand in rows of their own above their items.
    expect(texts("legacy-2014", "t1.req_in_person.value")).toEqual(["三、依申请公开情况", "(一)收到申请数", "1.当面申请数", "统计数"]);
  });

  it("ties 2014's unit column to its header and row as well", () => {
    const { headers, cells } = renderFormat(getFormat("legacy-2014"));
    const unit = cells.find((c) => c.text === "条")!;
    expect(unit.headers.map((h) => headers.get(h)!.text)).toEqual(["(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)", "单位"]);
  });

  it("keeps the ids of two renderings of one table apart with a prefix", () => {
    const table = getFormat("gov-2021").tables[1];
    const html = renderToStaticMarkup(
      <>
        <TableGrid table={table} renderCell={() => ""} />
        <TableGrid table={table} renderCell={() => ""} idPrefix="previous-t3" />
      </>,
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
