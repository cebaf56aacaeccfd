// The whole published report as a Word document: text, official tables and 落款.
import type { ReportParams } from "../load";
import { publishedOfficeFile } from "../office";

export function GET(_request: Request, { params }: { params: Promise<ReportParams> }) {
  return publishedOfficeFile(params, "docx");
}
