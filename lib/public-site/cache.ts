// The public pages' responses, kept in this process. A published revision does not change, so a
// page is rendered once and then sent from memory until a publish (or a change of a unit) in this
// process empties the cache. What another process changed (the command line, a second server on
// the same PostgreSQL) is noticed by `watch`: at most every few seconds, and only while pages are
// asked for, one small query reads a stamp of what is published; when it differs, the cache is
// emptied. A kept response older than its freshness is still sent once while one render
// replaces it in the background.
//
// The store lives on globalThis: Next.js bundles route handlers and server actions separately,
// and a module-level Map would be one per bundle, so a publish could not empty the pages' cache.

export interface PreparedResponse {
  status: number;
  body: Uint8Array;
  contentType: string;
  /** a weak validator: the same whether the server sends the body plain or gzipped */
  etag: string;
  lastModified: Date;
  cacheControl: string;
  headers: Record<string, string>;
}

interface Entry {
  value: PreparedResponse;
  storedAt: number;
  freshFor: number;
  bytes: number;
}

export interface ResponseCacheOptions {
  /** the most bytes of bodies kept; the least recently used go first */
  maxBytes: number;
  now?: () => number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<PreparedResponse | null>>();
  private readonly maxBytes: number;
  private readonly now: () => number;
  private generation = 0;
  private bytes = 0;
  private watcher?: { stamp: () => Promise<string>; everyMs: number; last?: string; checkedAt: number; running: boolean };

  constructor(options: ResponseCacheOptions) {
    this.maxBytes = options.maxBytes;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  /**
   * The response kept under `key`, or the one `produce` makes (kept when it is not null). Callers
   * asking for the same key at once share one `produce`. A kept response older than `freshFor`
   * milliseconds is still answered, and one `produce` replaces it in the background.
   */
  async fetch(key: string, freshFor: number, produce: () => Promise<PreparedResponse | null>): Promise<PreparedResponse | null> {
    this.checkStamp();
    const entry = this.entries.get(key);
    if (entry) {
      // most recently used last: Map keeps insertion order
      this.entries.delete(key);
      this.entries.set(key, entry);
      if (this.now() - entry.storedAt >= entry.freshFor && !this.pending.has(key)) {
        this.produceOnce(key, freshFor, produce).catch((error: unknown) => console.error("公开页面后台更新失败", key, error));
      }
      return entry.value;
    }
    return this.produceOnce(key, freshFor, produce);
  }

  /**
   * Empty the cache whenever `stamp` (what is published, as another process may have changed it)
   * reads differently, checking at most every `everyMs` and never holding up a request.
   */
  watch(stamp: () => Promise<string>, everyMs: number): void {
    this.watcher = { stamp, everyMs, checkedAt: Number.NEGATIVE_INFINITY, running: false };
  }

  private checkStamp(): void {
    const watcher = this.watcher;
    if (!watcher || watcher.running || this.now() - watcher.checkedAt < watcher.everyMs) return;
    watcher.running = true;
    watcher.checkedAt = this.now();
    watcher
      .stamp()
      .then((stamp) => {
        if (watcher.last !== undefined && stamp !== watcher.last) this.invalidate();
        watcher.last = stamp;
      })
      .catch((error: unknown) => console.error("公开页面缓存：读取发布状态失败", error))
      .finally(() => {
        watcher.running = false;
      });
  }

  /** Forget every kept response; renders already under way are not kept either. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
  }

  private produceOnce(key: string, freshFor: number, produce: () => Promise<PreparedResponse | null>): Promise<PreparedResponse | null> {
    const running = this.pending.get(key);
    if (running) return running;
    const generation = this.generation;
    const promise = produce()
      .then((value) => {
        if (value && generation === this.generation) this.store(key, value, freshFor);
        return value;
      })
      .finally(() => {
        if (this.pending.get(key) === promise) this.pending.delete(key);
      });
    this.pending.set(key, promise);
    return promise;
  }

  private store(key: string, value: PreparedResponse, freshFor: number): void {
    const bytes = value.body.byteLength;
    if (bytes > this.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    this.entries.set(key, { value, storedAt: this.now(), freshFor, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}

/** 64 MB: some two thousand report pages. */
export const PUBLIC_CACHE_BYTES = 64 * 1024 * 1024;

const STORE = Symbol.for("nianbao.public-site.cache");

/** The cache of this process. */
export function publicCache(): ResponseCache {
  const holder = globalThis as typeof globalThis & { [STORE]?: ResponseCache };
  holder[STORE] ??= new ResponseCache({ maxBytes: PUBLIC_CACHE_BYTES });
  return holder[STORE];
}

/** After a publish, a correction or a unit's rename: every public page is rendered afresh. */
export function invalidatePublicSite(): void {
  publicCache().invalidate();
}

/** `work`'s result, once the public pages have been emptied after it succeeded. */
export async function changingPublicSite<T>(work: Promise<T>): Promise<T> {
  const result = await work;
  invalidatePublicSite();
  return result;
}
