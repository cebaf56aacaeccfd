// RFC 4180 reading, with the line each record starts on (a quoted field may span lines), so
// that an import can say "第 N 行". A UTF-8 BOM is dropped; CRLF and LF both end a record.
// The text may come in pieces, and reading stops as soon as a limit on rows or cells is passed.

export interface SheetRow {
  /** the line (CSV) or row (XLSX) number in the file, 1-based, the header being 1 in the usual case */
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; rows: SheetRow[] } | { ok: false; error: string };

export interface CsvLimits {
  /** records, the header and blank lines included */
  rows: number;
  cells: number;
  /** the reasons given when a limit is passed */
  messages: { rows: string; cells: string };
}

const UNQUOTED_SPECIAL = /[",\r\n]/g;
const QUOTED_SPECIAL = /["\n]/g;

class CsvReader {
  readonly rows: SheetRow[] = [];
  private line = 1;
  private rowLine = 1;
  private field = "";
  private cells: string[] = [];
  private cellCount = 0;
  private quoted = false;
  private quoteOpenedOn = 0;
  /** a character whose meaning depends on the next one: a quote inside quotes, or a CR */
  private pending: "" | "quote" | "cr" = "";
  private started = false;
  problem: string | null = null;

  constructor(private readonly limits?: CsvLimits) {}

  private endField(): void {
    this.cells.push(this.field);
    this.field = "";
    if (this.limits && this.cellCount + this.cells.length > this.limits.cells) this.problem = this.limits.messages.cells;
  }

  private endRecord(): void {
    this.endField();
    this.rows.push({ line: this.rowLine, cells: this.cells });
    this.cellCount += this.cells.length;
    this.cells = [];
    if (this.limits && this.rows.length > this.limits.rows) this.problem = this.limits.messages.rows;
  }

  /** Reads one piece of the text; false once a limit is passed (the rest need not be read). */
  push(piece: string): boolean {
    let text = piece;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let i = 0;
    while (i < text.length && this.problem === null) {
      const char = text[i];
      if (this.pending === "quote") {
        this.pending = "";
        if (char === '"') {
          this.field += '"';
          i++;
          continue;
        }
        this.quoted = false;
      } else if (this.pending === "cr") {
        this.pending = "";
        if (char === "\n") {
          i++;
          continue;
        }
      }
      if (this.quoted) {
        QUOTED_SPECIAL.lastIndex = i;
        const next = QUOTED_SPECIAL.exec(text);
        const end = next ? next.index : text.length;
        this.field += text.slice(i, end);
        i = end;
        if (!next) break;
        if (next[0] === '"') this.pending = "quote";
        else {
          this.field += "\n";
          this.line++;
        }
        i++;
        continue;
      }
      if (char === '"' && this.field === "") {
        this.quoted = true;
        this.quoteOpenedOn = this.line;
        i++;
      } else if (char === ",") {
        this.endField();
        i++;
      } else if (char === "\r" || char === "\n") {
        this.endRecord();
        if (char === "\r") this.pending = "cr";
        this.line++;
        this.rowLine = this.line;
        i++;
      } else {
        UNQUOTED_SPECIAL.lastIndex = i + 1;
        const next = UNQUOTED_SPECIAL.exec(text);
        const end = next ? next.index : text.length;
        this.field += text.slice(i, end);
        i = end;
      }
    }
    return this.problem === null;
  }

  end(): CsvResult {
    if (this.problem !== null) return { ok: false, error: this.problem };
    if (this.pending === "quote") this.quoted = false;
    if (this.quoted) return { ok: false, error: `第 ${this.quoteOpenedOn} 行的引号没有闭合（CSV 格式错误）` };
    if (this.field !== "" || this.cells.length > 0) this.endRecord();
    if (this.problem !== null) return { ok: false, error: this.problem };
    return { ok: true, rows: this.rows };
  }
}

/** The records of a CSV text, given whole or in pieces; with `limits`, refused as soon as one is passed. */
export function parseCsv(input: string | Iterable<string>, limits?: CsvLimits): CsvResult {
  const reader = new CsvReader(limits);
  for (const piece of typeof input === "string" ? [input] : input) {
    if (!reader.push(piece)) break;
  }
  return reader.end();
}
