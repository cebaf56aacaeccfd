// The workbook of a roll-up (汇总 + every unit × every cell), streamed as it is written: the
// download starts at once and shows its progress in the browser, and the units are read a
// page at a time, so other users are not held up by a province-sized export.
import { PassThrough, Readable } from "node:stream";
import { isAppError } from "@/lib/errors";
import { getOrgBySlug } from "@/lib/data/orgs";
import { prepareRollupWorkbook } from "@/lib/export/rollup-workbook";
import { rollupChoiceSchema } from "@/lib/validations/rollup";
import { attachmentDisposition, MEDIA_TYPES } from "@/lib/export/download";
import { downloadSession, plainTextResponse } from "@/app/_lib/responses";

const notFound = () => plainTextResponse(404, "未找到该内容，或您无权查看。");

export async function GET(request: Request) {
  const session = await downloadSession("下载汇总表");
  if (session instanceof Response) return session;
  const { actor } = session;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const choice = rollupChoiceSchema.safeParse(query);
  if (!choice.success) return new Response(`${choice.error.issues[0]?.message ?? "参数有误"}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const parent = await getOrgBySlug({ slug: choice.data.parent });
  if (!parent) return notFound();
  let prepared: Awaited<ReturnType<typeof prepareRollupWorkbook>>;
  try {
    prepared = await prepareRollupWorkbook({ actor, parentId: parent.id, year: choice.data.year, includeSubmitted: choice.data.submitted, includeOwn: choice.data.own });
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "NOT_FOUND") return notFound();
    return new Response(`${error.message}\n`, { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const stream = new PassThrough();
  prepared.write(stream).catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error("workbook failed")));
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": MEDIA_TYPES.xlsx,
      "Content-Disposition": attachmentDisposition(`${parent.name}${choice.data.year}年汇总及逐单位明细.xlsx`, `${parent.slug}-${choice.data.year}-rollup.xlsx`),
      "Cache-Control": "private, no-store",
    },
  });
}
