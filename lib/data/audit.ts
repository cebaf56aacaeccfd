// The audit log: written inside the same transaction as the change it records.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

export type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  entity:
    | "report"
    | "cell"
    | "section"
    | "status"
    | "revision"
    | "org"
    | "user"
    | "request"
    | "register"
    | "review_case"
    | "notice"
    | "channel"
    | "acknowledgement"
    | "notification"
    | "guide";
  entityId: string;
  action: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  reportId?: string;
}

/**
 * A change that no signed-in user or command made: the public acting through a form of the
 * public site (网络申请, 申请人网上补正). It has no rights; it is only written in the log.
 */
export interface PublicSource {
  kind: "public";
  via: "网络申请" | "申请人网上补正";
}

function actorFields(actor: Actor | PublicSource) {
  return actor.kind === "user" ? { actorId: actor.id, via: "web" } : { actorId: null, via: actor.via };
}

function jsonOrNull(value: Prisma.InputJsonValue | null | undefined) {
  return value === undefined || value === null ? undefined : value;
}

export async function writeAudit(tx: Tx, actor: Actor | PublicSource, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((e) => ({
      ...actorFields(actor),
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      before: jsonOrNull(e.before),
      after: jsonOrNull(e.after),
      reportId: e.reportId,
    })),
  });
}
