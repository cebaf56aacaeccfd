// RFC 4180 reading, with the line each record starts on (a quoted field may span lines), so
// that an import can say "第 N 行". A UTF-8 BOM is dropped; CRLF and LF both end a record.

export interface SheetRow {
  /** the line (CSV) or row (XLSX) number in the file, 1-based, the header being 1 in the usual case */
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; rows: SheetRow[] } | { ok: false; error: string };

export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, "");
  const rows: SheetRow[] = [];
  let line = 1;
  let rowLine = 1;
  let field = "";
  let cells: string[] = [];
  let quoted = false;
  let quoteOpenedOn = 0;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    rows.push({ line: rowLine, cells });
    cells = [];
    field = "";
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (char === "\n") line++;
      field += char;
      i++;
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      quoteOpenedOn = line;
      i++;
    } else if (char === ",") {
      cells.push(field);
      field = "";
      i++;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      field += char;
      i++;
    }
  }
  if (quoted) return { ok: false, error: `第 ${quoteOpenedOn} 行的引号没有闭合（CSV 格式错误）` };
  if (field !== "" || cells.length > 0) endRecord();
  return { ok: true, rows };
}
