import { describe, expect, it } from "vitest";
import { ResponseCache } from "./cache";
import { prepareResponse } from "./http";

const response = (text: string) => prepareResponse({ body: text, contentType: "text/plain", cacheControl: "public" });

describe("ResponseCache", () => {
  it("renders a page once and sends the kept bytes after", async () => {
    const cache = new ResponseCache({ maxBytes: 1000 });
    let renders = 0;
    const produce = async () => response(`page ${++renders}`);
    const first = await cache.fetch("/a", 60_000, produce);
    const second = await cache.fetch("/a", 60_000, produce);
    expect(renders).toBe(1);
    expect(second).toBe(first);
  });

  it("lets callers asking at once share one render", async () => {
    const cache = new ResponseCache({ maxBytes: 1000 });
    let renders = 0;
    const produce = () => new Promise<ReturnType<typeof response>>((resolve) => setTimeout(() => resolve(response(`page ${++renders}`)), 5));
    const all = await Promise.all(Array.from({ length: 50 }, () => cache.fetch("/a", 60_000, produce)));
    expect(renders).toBe(1);
    expect(new Set(all).size).toBe(1);
  });

  it("keeps nothing for null (a page that does not exist), so unknown addresses cannot fill it", async () => {
    const cache = new ResponseCache({ maxBytes: 1000 });
    for (let i = 0; i < 100; i++) expect(await cache.fetch(`/nope/${i}`, 60_000, async () => null)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it("sends a stale page once more while one render replaces it", async () => {
    let now = 0;
    const cache = new ResponseCache({ maxBytes: 1000, now: () => now });
    let renders = 0;
    const produce = async () => response(`page ${++renders}`);
    await cache.fetch("/a", 100, produce);
    now = 150;
    const stale = await cache.fetch("/a", 100, produce);
    expect(new TextDecoder().decode(stale?.body)).toBe("page 1");
    await new Promise((resolve) => setTimeout(resolve, 0));
    const fresh = await cache.fetch("/a", 100, produce);
    expect(new TextDecoder().decode(fresh?.body)).toBe("page 2");
    expect(renders).toBe(2);
  });

  it("forgets everything on invalidate, and does not keep a render that began before it", async () => {
    const cache = new ResponseCache({ maxBytes: 1000 });
    await cache.fetch("/a", 60_000, async () => response("old"));
    let release: () => void = () => {};
    const slow = cache.fetch("/b", 60_000, () => new Promise((resolve) => (release = () => resolve(response("made before the publish")))));
    cache.invalidate();
    release();
    await slow;
    expect(cache.size).toBe(0);
    const after = await cache.fetch("/a", 60_000, async () => response("new"));
    expect(new TextDecoder().decode(after?.body)).toBe("new");
  });

  it("drops the least recently used pages beyond its byte budget", async () => {
    const cache = new ResponseCache({ maxBytes: 25 });
    await cache.fetch("/a", 60_000, async () => response("aaaaaaaaaa"));
    await cache.fetch("/b", 60_000, async () => response("bbbbbbbbbb"));
    await cache.fetch("/a", 60_000, async () => response("never"));
    await cache.fetch("/c", 60_000, async () => response("cccccccccc"));
    expect(cache.storedBytes).toBeLessThanOrEqual(25);
    let rendered = false;
    await cache.fetch("/b", 60_000, async () => ((rendered = true), response("b again")));
    expect(rendered).toBe(true);
  });
});

describe("ResponseCache.watch", () => {
  it("empties the cache when another process changed the stamp, checking at most every few seconds", async () => {
    let now = 0;
    let stamp = "3:1";
    let reads = 0;
    const cache = new ResponseCache({ maxBytes: 1000, now: () => now });
    cache.watch(async () => (reads++, stamp), 5_000);
    let renders = 0;
    const produce = async () => response(`page ${++renders}`);
    await cache.fetch("/a", 600_000, produce);
    await new Promise((resolve) => setTimeout(resolve, 0));
    now = 1_000;
    stamp = "4:1"; // a publish by the command line
    await cache.fetch("/a", 600_000, produce);
    expect(reads).toBe(1);
    now = 6_000;
    await cache.fetch("/a", 600_000, produce); // answered from the cache while the stamp is read
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toBe(2);
    const after = await cache.fetch("/a", 600_000, produce);
    expect(new TextDecoder().decode(after?.body)).toBe("page 2");
  });
});
