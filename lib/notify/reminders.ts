// 即将到期: a mail to a unit's staff for each open request due within DUE_SOON_WORKING_DAYS
// working days, once per request and due date (an extension moves the due date, and the new
// one is told again). Units without recipients are skipped.
import { db } from "@/lib/db";
import { dueSoonUntil } from "@/lib/data/register";
import { queueDueSoonNotice } from "@/lib/notify/queue";

/** Queues the reminders due on `today` (a day in China); the number of mails queued. */
export async function queueDueSoonReminders(options: { today: string }): Promise<number> {
  const { today } = options;
  const until = await dueSoonUntil(today);
  const requests = await db().infoRequest.findMany({
    where: { closedOn: null, dueOn: { gte: today, lte: until }, org: { notificationSettings: { recipients: { not: "" } } } },
    select: { id: true },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  let queued = 0;
  for (const request of requests) queued += await db().$transaction((tx) => queueDueSoonNotice(tx, request.id));
  return queued;
}
