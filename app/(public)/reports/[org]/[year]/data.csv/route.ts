// The published numbers as CSV (with BOM, so that spreadsheet programs read the Chinese labels).
import { getFormat, isFormatId } from "@/lib/formats";
import { cellsToCsv } from "@/lib/export/csv";
import { downloadName } from "@/lib/export/download";
import { loadPublishedReport, notPublishedResponse, type ReportParams } from "../load";

export async function GET(_request: Request, { params }: { params: Promise<ReportParams> }) {
  const { org, year } = await params;
  const report = await loadPublishedReport(org, year);
  if (!report || !isFormatId(report.format)) return notPublishedResponse();
  return new Response(cellsToCsv(getFormat(report.format), report.cells), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${downloadName(report.orgSlug, report.year, "csv")}"`,
    },
  });
}
