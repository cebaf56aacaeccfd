// The public pages' one stylesheet: app/site.css, read once, its comments and spaces taken out,
// served at /site.css?v=<hash of its text> so that any cache may keep it for a year.
import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

export const STYLESHEET_PATH = "/site.css";

/** Comments out, runs of white space cut to one or none; strings are kept as they are. */
export function minifyCss(css: string): string {
  let out = "";
  let i = 0;
  // no space is needed before these, nor after those (`) and (` keeps its spaces)
  const noSpaceBefore = new Set(["{", "}", ";", ",", ">", ")"]);
  const noSpaceAfter = new Set(["{", "}", ";", ",", ">", "(", ":"]);
  while (i < css.length) {
    const c = css[i] as string;
    if (c === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      i = end === -1 ? css.length : end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === "\\" ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/\s/.test(c)) {
      while (i < css.length && /\s/.test(css[i] as string)) i += 1;
      const previous = out[out.length - 1];
      const next = css[i];
      // a space is kept between words and before a pseudo-class or "(" (`.a :focus`, `and (`)
      if (previous !== undefined && next !== undefined && !noSpaceAfter.has(previous) && !noSpaceBefore.has(next)) out += " ";
      continue;
    }
    out += c;
    i += 1;
  }
  return out.replace(/;}/g, "}");
}

interface Stylesheet {
  css: string;
  version: string;
}

let loaded: Stylesheet | undefined;

export function siteStylesheet(): Stylesheet {
  if (!loaded) {
    const css = minifyCss(readFileSync(path.join(process.cwd(), "app", "site.css"), "utf8"));
    loaded = { css, version: createHash("sha256").update(css).digest("hex").slice(0, 12) };
  }
  return loaded;
}

/** The address a page links: changes whenever the stylesheet does. */
export function stylesheetHref(): string {
  return `${STYLESHEET_PATH}?v=${siteStylesheet().version}`;
}
