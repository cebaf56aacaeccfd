// Named locks held until the end of a transaction (PostgreSQL advisory locks, on both
// databases): writers of the same thing take turns instead of racing to insert it twice.
import type { Tx } from "@/lib/data/audit";

export async function holdLock(tx: Tx, name: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`nianbao:${name}`}))`;
}
