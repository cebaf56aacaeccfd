import { describe, expect, it } from "vitest";
import { emptyCells } from "../formats/engine";
import { loadFixtures } from "../formats/fixtures.testutil";
import { FORMATS, getFormat } from "../formats/index";
import { cellsToCsv, csvField } from "./csv";

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
});
