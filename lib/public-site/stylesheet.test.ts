import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { minifyCss, siteStylesheet } = await import("./stylesheet");

describe("minifyCss", () => {
  it("takes out comments and spaces but keeps strings, descendant pseudo-classes and media queries", () => {
    const css = `/* note */\n.a  :focus ,\n.b > .c {\n  content: "a  /* b */ c";\n  font-family: "PingFang SC", sans-serif;\n}\n@media (max-width: 40rem) and (min-width: 1px) {\n  .d { width: calc(1em + 2px); }\n}\n`;
    expect(minifyCss(css)).toBe(
      `.a :focus,.b>.c{content:"a  /* b */ c";font-family:"PingFang SC",sans-serif}@media (max-width:40rem) and (min-width:1px){.d{width:calc(1em + 2px)}}`,
    );
  });

  it("makes app/site.css smaller without losing a rule", () => {
    const { css, version } = siteStylesheet();
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(css).toContain(".report-sticky{");
    expect(css).toContain("@media print{");
    expect(css).not.toContain("/*");
    expect(css.split("{").length).toBe(css.split("}").length);
  });
});
