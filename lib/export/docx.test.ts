import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { FORMATS, getFormat } from "@/lib/formats";
import { itemBoxes } from "@/lib/formats/grid.testutil";
import type { TableDef } from "@/lib/formats/types";
import { formatCellValue } from "@/lib/formats/cell-number";
import { paragraphsOf } from "@/lib/report/paragraphs";
import { referenceResolver } from "@/lib/narrative/references";
import { reportDocx } from "./docx";
import type { ExportableReport } from "./report";
import { sampleReport, samples } from "./sample-report.testutil";

interface Package {
  document: string;
  footers: string[];
  fontTable: string;
  settings: string;
}

async function unpack(buffer: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing`);
    return file.async("string");
  };
  const footerPaths = Object.keys(zip.files).filter((path) => /^word\/footer\d+\.xml$/.test(path));
  return {
    document: await read("word/document.xml"),
    footers: await Promise.all(footerPaths.map(read)),
    fontTable: await read("word/fontTable.xml"),
    settings: await read("word/settings.xml"),
  };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);

/** The text of every w:t in a piece of WordprocessingML, joined. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join("");
/** The text of each paragraph, leaving out the empty ones that only carry a section break after a table. */
const paragraphsIn = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .filter((m) => !(m[0].includes("<w:sectPr>") && textOf(m[0]) === ""))
    .map((m) => textOf(m[0]));
const tablesIn = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  text: string;
}

/** A Word table read back: every cell as the box it covers (gridSpan across, vMerge down) with its text. */
function readTable(xml: string): Box[] {
  const boxes: Box[] = [];
  const open = new Map<number, Box>(); // column → the box a vMerge restart opened there
  [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].forEach((row, r) => {
    let column = 0;
    for (const [cell] of row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)) {
      const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1);
      const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cell);
      if (merge && merge[1] !== "restart") {
        const box = open.get(column);
        if (!box) throw new Error(`vMerge continue without restart at row ${r}, column ${column}`);
        box.bottom = r;
      } else {
        const box = { top: r, left: column, bottom: r, right: column + span - 1, text: textOf(cell) };
        boxes.push(box);
        if (merge) open.set(column, box);
      }
      column += span;
    }
  });
  return boxes;
}

/** What each item of the grid should print, in the boxes the grid defines. */
function expectedBoxes(table: TableDef, cells: ExportableReport["cells"]): Box[] {
  const defs = new Map(table.cells.map((c) => [c.key, c]));
  const items = table.grid.flat();
  return itemBoxes(table).map((box, i) => {
    const item = items[i];
    const def = item.type === "cell" ? defs.get(item.key) : undefined;
    const text = item.type === "label" ? item.text : def ? formatCellValue(def, cells[def.key]) : "?";
    return { ...box, text };
  });
}

const byPosition = (a: Box, b: Box) => a.top - b.top || a.left - b.left;

describe("reportDocx", () => {
  samples.forEach((sample, index) => {
    const name = `${sample.document.organization} ${sample.document.year}`;

    it(`${name}: every table cell by cell, merged as the grid spans, with every official label and number`, async () => {
      const report = sampleReport(index);
      const { document } = await unpack(await reportDocx(report));
      const format = getFormat(report.format);
      const tables = tablesIn(document);
      expect(tables).toHaveLength(format.tables.length);
      format.tables.forEach((table, t) => {
        expect(readTable(tables[t]).sort(byPosition)).toEqual(expectedBoxes(table, report.cells).sort(byPosition));
      });
    });

    it(`${name}: the title, then every section's heading and paragraphs in the format's order, then the 落款`, async () => {
      const report = sampleReport(index);
      const { document } = await unpack(await reportDocx(report));
      const body = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
      const expected = [
        `${report.orgName}${report.year}年政府信息公开工作年度报告`,
        "",
        ...getFormat(report.format).sections.flatMap((section) => [
          ...(section.untitled ? [] : [section.heading]),
          ...paragraphsOf(report.sections[section.key], referenceResolver(getFormat(report.format), report.cells)),
        ]),
        "",
        "",
        report.orgName,
        "2022年2月8日",
      ];
      expect(paragraphsIn(body)).toEqual(expected);
    });
  });

  it("prints a reference to a cell as the cell's value, never the token", async () => {
    const report = sampleReport(2);
    const overview = `本年度共收到{{t3.new.total}}件申请，办结{{t3.total.total}}件。\n${report.sections.overview}`;
    const { document } = await unpack(await reportDocx({ ...report, sections: { ...report.sections, overview } }));
    const body = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
    expect(paragraphsIn(body)).toContain("本年度共收到70件申请，办结69件。");
    expect(textOf(document)).not.toContain("{{");
  });

  it("sets A4 pages with GB/T 9704 margins, 表三 and 表四 on a landscape page, page numbers as a PAGE field in odd and even footers", async () => {
    const { document, footers, settings } = await unpack(await reportDocx(sampleReport(2)));
    const pages = [...document.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    expect(pages).toEqual([
      'w:w="11906" w:h="16838" w:orient="portrait"',
      'w:w="16838" w:h="11906" w:orient="landscape"',
      'w:w="11906" w:h="16838" w:orient="portrait"',
    ]);
    expect(document).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    // The landscape section ends after 表四: both tables stand between the first and second section breaks.
    const breaks = [...document.matchAll(/<w:sectPr>/g)].map((m) => m.index);
    const tables = [...document.matchAll(/<w:tbl>/g)].map((m) => m.index);
    expect(tables.map((at) => breaks.filter((b) => b < at).length)).toEqual([0, 1, 1]);
    expect(footers).toHaveLength(6);
    for (const footer of footers) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(textOf(footer)).toBe("—  —");
    }
    expect(settings).toContain("<w:evenAndOddHeaders/>");
  });

  it("names the fonts: 仿宋_GB2312 body through eastAsia, fallbacks in the font table", async () => {
    const { document, fontTable } = await unpack(await reportDocx(sampleReport(2)));
    expect(document).toContain('<w:rFonts w:ascii="黑体" w:cs="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/>');
    expect(document).toContain('w:eastAsia="方正小标宋简体"');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong"/><w:charset w:val="86"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体,SimHei"/>');
  });

  it("breaks a long title after the unit and year, says 汇总 for a roll-up, and leaves a draft's date to be written", async () => {
    const format = FORMATS["gov-2021"];
    const cells = Object.fromEntries(format.tables.flatMap((t) => t.cells).map((c) => [c.key, null]));
    const report = sampleReport(2, { orgName: "中卫市沙坡头区", year: 2022, scope: "rollup", cells, sections: {}, publishedAt: null, revision: null });
    const { document } = await unpack(await reportDocx(report));
    const title = /<w:p[ >][\s\S]*?<\/w:p>/.exec(document)?.[0] ?? "";
    expect(textOf(title)).toBe("中卫市沙坡头区2022年政府信息公开工作年度报告（汇总）");
    expect(title.match(/<w:t[ >]/g)).toHaveLength(2);
    expect(title).toContain("<w:br/>");
    const paragraphs = paragraphsIn(document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ""));
    expect(paragraphs.slice(-2)).toEqual(["中卫市沙坡头区", "　　　　年　　月　　日"]);
    // Blank cells print nothing: 表四's data row holds fifteen empty cells.
    const t4 = readTable(tablesIn(document)[2]);
    expect(t4.filter((box) => box.top === 3).map((box) => box.text)).toEqual(new Array(15).fill(""));
  });
});
