// Lists on stdout as tab-separated values with a header row: readable at the terminal,
// and `cut -f`, a spreadsheet or a script reads them as they are.

/** A tab or line break inside a value would split its row: they become spaces. */
function field(value: string): string {
  return value.replace(/[\t\r\n]+/g, " ");
}

export function tsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join("\t")).join("\n") + "\n";
}

/** "2027-01-10 16:05", the wall clock in China whatever the machine's time zone. */
export function chinaDateTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}
