// Works through the outbox: takes the messages due, sends each, and records the outcome. Two
// senders (the server's minute timer and `outbox send`, or two servers on one database) never
// send one message twice: a sender takes a message by moving its next attempt past the claim
// window with an update that holds only while the message is still due and pending, and only
// the sender whose update changed the row sends it.
import { db } from "@/lib/db";
import type { Mailer } from "@/lib/notify/mailer";
import { CLAIM_MINUTES, describeSendError, MAX_ATTEMPTS, nextAttemptAfter } from "@/lib/notify/retry";

export interface SendReport {
  sent: number;
  /** failed this time, to be tried again */
  retrying: number;
  /** failed for good: the last attempt, or a permanent refusal */
  failed: number;
}

async function claim(id: string, now: Date): Promise<boolean> {
  const until = new Date(now.getTime() + CLAIM_MINUTES * 60_000);
  const { count } = await db().outboxMessage.updateMany({ where: { id, status: "pending", nextAttemptAt: { lte: now } }, data: { nextAttemptAt: until } });
  return count === 1;
}

/** Sends up to `limit` due messages, oldest due first. */
export async function sendDueMessages(options: { now: Date; limit?: number; mailer: Mailer }): Promise<SendReport> {
  const { now, mailer } = options;
  const due = await db().outboxMessage.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: [{ nextAttemptAt: "asc" }, { createdAt: "asc" }],
    take: Math.min(Math.max(options.limit ?? 50, 1), 1000),
    select: { id: true, toAddress: true, subject: true, body: true, attempts: true },
  });
  const report: SendReport = { sent: 0, retrying: 0, failed: 0 };
  for (const message of due) {
    if (!(await claim(message.id, now))) continue;
    const attempts = message.attempts + 1;
    try {
      await mailer.send({ to: message.toAddress, subject: message.subject, text: message.body });
    } catch (error) {
      const failure = describeSendError(error);
      const next = failure.permanent || attempts >= MAX_ATTEMPTS ? null : nextAttemptAfter(attempts, now);
      await db().outboxMessage.update({
        where: { id: message.id },
        data: next ? { attempts, lastError: failure.summary, nextAttemptAt: next } : { attempts, lastError: failure.summary, status: "failed" },
      });
      report[next ? "retrying" : "failed"]++;
      continue;
    }
    await db().outboxMessage.update({ where: { id: message.id }, data: { attempts, status: "sent", sentAt: now, lastError: null } });
    report.sent++;
  }
  return report;
}
