import { describe, expect, it } from "vitest";
import { answer, notModified, prepareResponse } from "./http";

const prepared = prepareResponse({
  body: "<p>报告</p>",
  contentType: "text/html; charset=utf-8",
  cacheControl: "public, s-maxage=60",
  lastModified: new Date("2022-02-08T03:04:05.678Z"),
});
const get = (headers: Record<string, string> = {}, method = "GET") => new Request("http://site/reports/a/2021", { method, headers });

describe("public responses", () => {
  it("carry the cache headers, a weak ETag and the Last-Modified in whole seconds", async () => {
    const response = answer(get(), prepared);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, s-maxage=60");
    expect(response.headers.get("etag")).toMatch(/^W\/"[\w-]{27}"$/);
    expect(response.headers.get("last-modified")).toBe("Tue, 08 Feb 2022 03:04:05 GMT");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(await response.text()).toBe("<p>报告</p>");
  });

  it("answer 304 to a matching If-None-Match, strong or weak, in a list, and to *", () => {
    const opaque = prepared.etag.slice(2);
    for (const tag of [prepared.etag, opaque, `"other", ${prepared.etag}`, "*"]) {
      const response = answer(get({ "if-none-match": tag }), prepared);
      expect(response.status, tag).toBe(304);
      expect(response.headers.get("etag")).toBe(prepared.etag);
    }
    expect(answer(get({ "if-none-match": '"other"' }), prepared).status).toBe(200);
  });

  it("let If-None-Match win over If-Modified-Since, and compare dates to the second", () => {
    expect(notModified(get({ "if-modified-since": "Tue, 08 Feb 2022 03:04:05 GMT" }), prepared)).toBe(true);
    expect(notModified(get({ "if-modified-since": "Tue, 08 Feb 2022 03:04:04 GMT" }), prepared)).toBe(false);
    expect(notModified(get({ "if-modified-since": "not a date" }), prepared)).toBe(false);
    expect(notModified(get({ "if-none-match": '"other"', "if-modified-since": "Tue, 08 Feb 2030 00:00:00 GMT" }), prepared)).toBe(false);
  });

  it("give HEAD the headers without the body", async () => {
    const response = answer(get({}, "HEAD"), prepared);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toBe("");
  });

  it("never answer 304 for a page that does not exist", () => {
    const missing = prepareResponse({ status: 404, body: "无", contentType: "text/plain", cacheControl: "public" });
    expect(answer(get({ "if-none-match": "*" }), missing).status).toBe(404);
  });
});
