// The report's whole text and tables as a Word document, drafts included, for those who may see it.
import { workOfficeFile } from "../office";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return workOfficeFile(params, "docx");
}
