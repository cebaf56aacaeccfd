// The published tables as an Excel workbook in the official layout, one sheet per table.
import type { ReportParams } from "../load";
import { publishedOfficeFile } from "../office";

export function GET(_request: Request, { params }: { params: Promise<ReportParams> }) {
  return publishedOfficeFile(params, "xlsx");
}
