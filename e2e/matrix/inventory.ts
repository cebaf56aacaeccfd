// What the application offers, read from the source and the build rather than typed here:
// every page and route handler under app/, and every server action exported from
// app/_actions/ (and registered in the build's server-reference manifest).
import fs from "node:fs";
import path from "node:path";

/** "/reports/[org]/[year]/data.csv" for app/(public)/reports/[org]/[year]/data.csv/route.ts */
export function listRoutes(appDir = "app"): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue; // private folders are not routes
        // (group) folders do not appear in the URL
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) {
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return found.sort();
}

/** "reports.ts#saveReportAction" for each value exported from app/_actions/*.ts */
export function listActionExports(actionsDir = path.join("app", "_actions")): string[] {
  const found: string[] = [];
  for (const file of fs.readdirSync(actionsDir).filter((name) => name.endsWith(".ts"))) {
    const text = fs.readFileSync(path.join(actionsDir, file), "utf8");
    if (!/^\s*["']use server["']/.test(text)) continue; // helpers of the actions, not actions
    for (const match of text.matchAll(/^export\s+(?:async\s+)?(?:const|function|let)\s+([A-Za-z0-9_$]+)/gm)) {
      found.push(`${file}#${match[1]}`);
    }
  }
  return found.sort();
}
