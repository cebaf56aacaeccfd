// The report's official tables as an Excel workbook, drafts included, for those who may see it.
import { workOfficeFile } from "../office";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return workOfficeFile(params, "xlsx");
}
