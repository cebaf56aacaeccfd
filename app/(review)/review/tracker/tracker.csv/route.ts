// 报送进度 as CSV: the page's columns, UTF-8 with BOM. The session is checked here again; a
// parent unit the caller may not see answers 404, as a missing one does.
import { getSessionUser } from "@/lib/auth/session";
import { canReview } from "@/lib/permissions";
import { trackerCsvName, trackerToCsv } from "@/lib/review/tracker";
import { loadTrackerView } from "@/app/_lib/tracker-query";
import { plainTextResponse, privateCsvResponse } from "@/app/_lib/responses";

export async function GET(request: Request) {
  const session = await getSessionUser();
  if (!session) return plainTextResponse(401, "请先登录，再下载报送进度。");
  if (session.mustChangePassword) return plainTextResponse(403, "请先修改密码，再下载报送进度。");
  const { actor } = session;
  const params = new URL(request.url).searchParams;
  const { tracker } = canReview(actor) ? await loadTrackerView(actor, (name) => params.get(name)) : { tracker: null };
  if (!tracker) return plainTextResponse(404, "未找到该单位的报送进度，或您无权查看。");
  return privateCsvResponse(trackerToCsv(tracker), trackerCsvName(tracker));
}
