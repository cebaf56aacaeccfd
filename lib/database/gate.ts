// Writes before reads. Under load the database's queue is full of public readers' queries; a
// save that waits its turn behind them waits for all of them, every query of it, and a
// transaction that cannot start in time fails. Two things put writes first:
// - a transaction goes before every plain query still waiting (the embedded database's gate
//   below; on PostgreSQL transactions take connections from a pool of their own, lib/db.ts);
// - the queries of a write in progress (a server action: the session, the rights, the report
//   it reads before its transaction) are marked with writeFirst() and go before readers' too.
import { AsyncLocalStorage } from "node:async_hooks";
import type { PGlite } from "@electric-sql/pglite";

// One store per process, even if the bundler instantiates this module more than once (the
// server actions' wrapper and the module that opens the database may sit in different chunks).
const holder = globalThis as unknown as { nianbaoWriting?: AsyncLocalStorage<true> };
const writing = (holder.nianbaoWriting ??= new AsyncLocalStorage<true>());

/** Runs fn with its database work ahead of plain reads. */
export function writeFirst<T>(fn: () => Promise<T>): Promise<T> {
  return writing.run(true, fn);
}

/** Whether the caller runs inside writeFirst(). */
export function isWriteFirst(): boolean {
  return writing.getStore() === true;
}

/** Priorities of the gate: lower goes first. */
export const Turn = { Transaction: 0, Write: 1, Read: 2 } as const;
export type Turn = (typeof Turn)[keyof typeof Turn];

/**
 * Lets one operation at a time through to the embedded database (which runs one at a time
 * anyway, in the order they arrive), choosing the next by its turn, then by arrival.
 */
export class PriorityGate {
  private readonly waiting: [{ resolve: () => void }[], { resolve: () => void }[], { resolve: () => void }[]] = [[], [], []];
  private busy = false;

  async run<T>(turn: Turn, fn: () => Promise<T>): Promise<T> {
    if (this.busy) {
      await new Promise<void>((resolve) => this.waiting[turn].push({ resolve }));
    }
    this.busy = true;
    try {
      return await fn();
    } finally {
      const next = this.waiting[0].shift() ?? this.waiting[1].shift() ?? this.waiting[2].shift();
      // The embedded database answers without giving the event loop a turn: handing over on
      // the next turn lets requests, timers and sockets in between two queries.
      if (next) setImmediate(next.resolve);
      else this.busy = false;
    }
  }

  /** Operations waiting, by turn (for tests and diagnostics). */
  queued(): number[] {
    return this.waiting.map((list) => list.length);
  }
}

const GATED = new Set<PropertyKey>(["query", "exec", "transaction"]);

/**
 * The embedded database behind a PriorityGate: its query, exec and transaction wait their
 * turn; a transaction keeps the gate until it ends (PGlite runs nothing else meanwhile).
 */
export function gatePglite(pglite: PGlite, gate: PriorityGate = new PriorityGate()): PGlite {
  const turnOf = (prop: PropertyKey) => (prop === "transaction" ? Turn.Transaction : isWriteFirst() ? Turn.Write : Turn.Read);
  return new Proxy(pglite, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== "function") return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      if (!GATED.has(prop)) return method;
      return (...args: unknown[]) => gate.run(turnOf(prop), () => method(...args) as Promise<unknown>);
    },
  });
}
