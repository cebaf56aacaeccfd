import { describe, expect, it } from "vitest";
import { escapeXml, robotsTxt, sitemapEntries, sitemapXml } from "./sitemap";

const at = (iso: string) => new Date(iso);
const REVISIONS = [
  { orgSlug: "pingtan", year: 2021, scope: "own" as const, number: 1, publishedAt: at("2022-01-20T02:00:00.123Z") },
  { orgSlug: "pingtan", year: 2021, scope: "own" as const, number: 2, publishedAt: at("2022-03-01T08:30:00Z") },
  { orgSlug: "pingtan", year: 2019, scope: "own" as const, number: 1, publishedAt: at("2020-01-15T00:00:00Z") },
  { orgSlug: "shapotou", year: 2018, scope: "rollup" as const, number: 1, publishedAt: at("2019-02-18T00:00:00Z") },
];

describe("the sitemap's entries", () => {
  it("lists the index, each unit, each report's latest address and each revision's permanent address, with the date of its newest publication", () => {
    const lines = sitemapEntries(REVISIONS).map((e) => `${e.path} ${e.lastModified.toISOString().slice(0, 10)}`);
    expect(lines.sort()).toEqual([
      "/reports 2022-03-01",
      "/reports/pingtan 2022-03-01",
      "/reports/pingtan/2019 2020-01-15",
      "/reports/pingtan/2019/r/1 2020-01-15",
      "/reports/pingtan/2021 2022-03-01",
      "/reports/pingtan/2021/r/1 2022-01-20",
      "/reports/pingtan/2021/r/2 2022-03-01",
      "/reports/shapotou 2019-02-18",
      "/reports/shapotou/2018/rollup 2019-02-18",
      "/reports/shapotou/2018/rollup/r/1 2019-02-18",
    ]);
  });

  it("lists each unit's written guide with the date it last changed, whether or not the unit has published", () => {
    const guides = [
      { orgSlug: "pingtan", updatedAt: at("2026-03-02T01:00:00Z") },
      { orgSlug: "yuanzhou", updatedAt: at("2026-05-10T00:00:00Z") },
    ];
    const lines = sitemapEntries(REVISIONS.slice(0, 1), guides).map((e) => `${e.path} ${e.lastModified.toISOString().slice(0, 10)}`);
    expect(lines.sort()).toEqual([
      "/guide/pingtan 2026-03-02",
      "/guide/yuanzhou 2026-05-10",
      "/reports 2022-01-20",
      "/reports/pingtan 2022-01-20",
      "/reports/pingtan/2021 2022-01-20",
      "/reports/pingtan/2021/r/1 2022-01-20",
    ]);
  });
});

describe("sitemap.xml", () => {
  it("is a sitemaps.org urlset with absolute addresses and lastmod in W3C datetime", () => {
    const xml = sitemapXml("https://nianbao.example.gov.cn", [{ path: "/reports/pingtan/2021/r/1", lastModified: REVISIONS[0].publishedAt }]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        "<url><loc>https://nianbao.example.gov.cn/reports/pingtan/2021/r/1</loc><lastmod>2022-01-20T02:00:00Z</lastmod></url>\n" +
        "</urlset>\n",
    );
  });

  it("escapes what XML reserves, in the origin as in the path", () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f");
    const xml = sitemapXml("https://example.org/a&b", [{ path: "/reports/x'y", lastModified: at("2020-01-01T00:00:00Z") }]);
    expect(xml).toContain("<loc>https://example.org/a&amp;b/reports/x&apos;y</loc>");
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("still names the index when nothing is published", () => {
    expect(sitemapXml("http://localhost:3000", [])).toContain("<url><loc>http://localhost:3000/reports</loc></url>");
  });
});

describe("robots.txt", () => {
  it("allows the public part, keeps crawlers out of every signed-in part, and points to the sitemap", () => {
    expect(robotsTxt("https://nianbao.example.gov.cn")).toBe(
      [
        "User-agent: *",
        "Allow: /",
        ...["/work", "/review", "/admin", "/register", "/cases", "/channels", "/unit-guide", "/calendar", "/account", "/login", "/api", "/dashboard"].map(
          (path) => `Disallow: ${path}`,
        ),
        "",
        "Sitemap: https://nianbao.example.gov.cn/sitemap.xml",
        "",
      ].join("\n"),
    );
  });
});
