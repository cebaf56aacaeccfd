// Inside the running site: every minute, queue the day's 即将到期 reminders and send what is
// due, when the site has an SMTP server. A run that is still going when the next minute comes
// is not overlapped; a failing run is logged in one line and the timer goes on.
import { describeForLog } from "@/lib/errors";
import { configuredMailer, mailConfigured } from "@/lib/notify/mailer";
import { queueDueSoonReminders } from "@/lib/notify/reminders";
import { sendDueMessages } from "@/lib/notify/sender";
import { todayInChina } from "@/lib/register/today";

export const OUTBOX_INTERVAL_MS = 60_000;

/** One round: reminders for today, then the due messages. */
export async function runOutboxOnce(now: Date = new Date()): Promise<void> {
  const mailer = configuredMailer();
  if (!mailer) return;
  try {
    await queueDueSoonReminders({ today: todayInChina(now) });
    await sendDueMessages({ now, mailer });
  } finally {
    mailer.close();
  }
}

let started = false;

/** Starts the minute timer once per process; false when the site has no SMTP server. */
export function startOutboxTimer(): boolean {
  if (started || !mailConfigured()) return false;
  started = true;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runOutboxOnce()
      .catch((error: unknown) => console.error(`通知邮件发送出错：${describeForLog(error)}`))
      .finally(() => {
        running = false;
      });
  }, OUTBOX_INTERVAL_MS);
  timer.unref();
  return true;
}
