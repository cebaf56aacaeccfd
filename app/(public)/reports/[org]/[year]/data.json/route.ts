// The published numbers in the interchange format (domain/interchange.md), byte for byte
// what the library serializes.
import { toInterchange } from "@/lib/data/public";
import { serializeInterchange } from "@/lib/validations/interchange";
import { downloadName, loadPublishedReport, type ReportParams } from "../load";

export async function GET(_request: Request, { params }: { params: Promise<ReportParams> }) {
  const { org, year } = await params;
  const report = await loadPublishedReport(org, year);
  if (!report) return new Response("未找到已公开的年度报告。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(serializeInterchange(toInterchange(report)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${downloadName(report.orgSlug, report.year, "json")}"`,
    },
  });
}
