// The published numbers in the interchange format (domain/interchange.md), byte for byte
// what the library serializes.
import { toInterchange } from "@/lib/data/public";
import { serializeInterchange } from "@/lib/validations/interchange";
import { downloadName } from "@/lib/export/download";
import { loadPublishedReport, notPublishedResponse, type ReportParams } from "../load";

export async function GET(_request: Request, { params }: { params: Promise<ReportParams> }) {
  const { org, year } = await params;
  const report = await loadPublishedReport(org, year);
  if (!report) return notPublishedResponse();
  return new Response(serializeInterchange(toInterchange(report)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${downloadName(report.orgSlug, report.year, "json")}"`,
    },
  });
}
