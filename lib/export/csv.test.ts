import { describe, expect, it } from "vitest";
import { emptyCells } from "../formats/engine";
import { loadFixtures } from "../formats/fixtures.testutil";
import { FORMATS, getFormat } from "../formats/index";
import { cellsToCsv, csvDocument, csvField } from "./csv";

describe("cellsToCsv", () => {
  for (const { name, raw } of loadFixtures()) {
    it(`${name}: BOM, header and one line per cell`, () => {
      const format = getFormat(raw.format);
      const csv = cellsToCsv(format, raw.cells);
      expect(csv.startsWith("\uFEFFkey,行,列,值\r\n")).toBe(true);
      const lines = csv.slice(1).split("\r\n");
      expect(lines.pop()).toBe(""); // the file ends with a line break
      expect(lines).toHaveLength(1 + Object.keys(raw.cells).length);
    });
  }

  it("writes labels and values, and blanks as empty fields", () => {
    const format = FORMATS["gov-2021"];
    const csv = cellsToCsv(format, { ...emptyCells(format), "t2.fees.amount": 24252.311082 });
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe("t2.rules.issued,第二十条第（一）项 规章,本年制发件数,");
    expect(lines[10]).toBe("t2.fees.amount,第二十条第（八）项 行政事业性收费,本年收费金额（单位：万元）,24252.311082");
  });

  it("quotes fields as RFC 4180 asks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("keeps a number a number: -3 in a report's CSV stays -3, byte for byte", () => {
    const format = FORMATS["gov-2021"];
    const csv = cellsToCsv(format, { ...emptyCells(format), "t2.rules.issued": -3 });
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe("t2.rules.issued,第二十条第（一）项 规章,本年制发件数,-3");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(-0.5)).toBe("-0.5");
  });

  it("writes a text that a spreadsheet would run as a formula behind an apostrophe (OWASP CSV injection)", () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField("+1+1")).toBe("'+1+1");
    expect(csvField("-3")).toBe("'-3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("\rcmd")).toBe("\"'\rcmd\"");
    expect(csvField("＝1+1")).toBe("'＝1+1");
    expect(csvField("＋1")).toBe("'＋1");
    expect(csvField("－1")).toBe("'－1");
    expect(csvField("＠A1")).toBe("'＠A1");
    expect(csvField("2025-0001")).toBe("2025-0001");
    expect(csvField("")).toBe("");
  });

  it("writes a document's text fields neutralised and its numbers as they are", () => {
    expect(csvDocument([["编号", "延长工作日"], ["=1+1", 20], ["-1", -3]])).toBe("\uFEFF编号,延长工作日\r\n'=1+1,20\r\n'-1,-3\r\n");
  });
});
