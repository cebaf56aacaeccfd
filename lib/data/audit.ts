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

function actorFields(actor: Actor) {
  return actor.kind === "user" ? { actorId: actor.id, via: "web" } : { actorId: null, via: actor.via };
}

function jsonOrNull(value: Prisma.InputJsonValue | null | undefined) {
  return value === undefined || value === null ? undefined : value;
}

export async function writeAudit(tx: Tx, actor: Actor, entries: AuditEntry[]): Promise<void> {
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
