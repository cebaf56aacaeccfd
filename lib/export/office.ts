// The office file of a report by its extension, for callers that offer both.
import { reportDocx } from "./docx";
import type { OfficeExtension } from "./download";
import type { ExportableReport } from "./report";
import { reportXlsx } from "./xlsx";

export function reportOfficeFile(report: ExportableReport, extension: OfficeExtension): Promise<Buffer> {
  return extension === "xlsx" ? reportXlsx(report) : reportDocx(report);
}
