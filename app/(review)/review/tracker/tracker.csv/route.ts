// 报送进度 as CSV: the page's columns, UTF-8 with BOM. The session is checked here again; a
// parent unit the caller may not see answers 404, as a missing one does.
import { canReview } from "@/lib/permissions";
import { trackerCsvName, trackerToCsv } from "@/lib/review/tracker";
import { loadTrackerView } from "@/app/_lib/tracker-query";
import { downloadSession, plainTextResponse, privateCsvResponse } from "@/app/_lib/responses";

export async function GET(request: Request) {
  const session = await downloadSession("下载报送进度");
  if (session instanceof Response) return session;
  const { actor } = session;
  const params = new URL(request.url).searchParams;
  const { tracker } = canReview(actor) ? await loadTrackerView(actor, (name) => params.get(name)) : { tracker: null };
  if (!tracker) return plainTextResponse(404, "未找到该单位的报送进度，或您无权查看。");
  return privateCsvResponse(trackerToCsv(tracker), trackerCsvName(tracker));
}
