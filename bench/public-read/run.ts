// npm run bench:public-read [-- --seconds 10] [--connections 50]
//
// The public site's read path, all in one run on this machine: the built site (`next start`,
// the build in .next) on a fresh embedded database with the sample data, and deploy/nginx.conf
// in front of it. With wrk (2 threads, --connections, --seconds, after a warm-up), in turn:
//   1. a published report page straight from the app;
//   2. the same server's own static CSS file (Next.js serving a file from .next/static);
//   3. the report page through deploy/nginx.conf (its proxy cache, warmed);
//   4. nginx serving the page's bytes as a static file.
// Then the page weight (HTML + its stylesheet, gzipped) of every published sample report, and
// what each page asks the browser to fetch besides. Prints a table; see bench/README.md.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { ensureBuild, freePort, prepareSite, ROOT, startServer, type Server } from "../site";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    page: { type: "string", default: "/reports/pingtan/2021" },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const PAGE = values.page;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function need(command: string, install: string): string {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(`需要 ${command}：${install}`);
  }
}

interface WrkResult {
  rate: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

function milliseconds(text: string): number {
  const match = /([\d.]+)(us|ms|s)/.exec(text);
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}

async function wrk(url: string, seconds: number): Promise<WrkResult> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", url], { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}:\n${text}`))));
  });
  const errors =
    [...output.matchAll(/(connect|read|write|timeout) (\d+)/g)].reduce((sum, m) => sum + Number(m[2]), 0) +
    Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  return {
    rate: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]),
    p50: milliseconds(/^\s+50%\s+(\S+)/m.exec(output)?.[1] ?? ""),
    p99: milliseconds(/^\s+99%\s+(\S+)/m.exec(output)?.[1] ?? ""),
    errors,
    requests: Number(/(\d+) requests in/.exec(output)?.[1]),
  };
}

/** deploy/nginx.conf as it is, with its ports and paths moved into `dir`, and one static server added. */
function nginxConfig(dir: string, listen: number, app: number, staticPort: number): string {
  const conf = fs
    .readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8")
    .replace(/listen 8080;/, `listen 127.0.0.1:${listen};`)
    .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${app};`)
    .replace(/\/run\/nianbao-nginx\.pid/, path.join(dir, "nginx.pid"))
    .replaceAll("/var/log/nginx/", `${dir}/`)
    .replace(/\/var\/cache\/nginx\/nianbao/, path.join(dir, "cache"))
    .replace(/access_log [^;]+;/, "access_log off;");
  const end = conf.lastIndexOf("}");
  const staticServer = `    server {\n        listen 127.0.0.1:${staticPort};\n        root ${dir}/static;\n    }\n`;
  return `${conf.slice(0, end)}${staticServer}${conf.slice(end)}`;
}

async function startNginx(dir: string, config: string): Promise<() => void> {
  const file = path.join(dir, "nginx.conf");
  fs.writeFileSync(file, config);
  execFileSync("nginx", ["-t", "-q", "-c", file]);
  execFileSync("nginx", ["-c", file]);
  return () => {
    try {
      execFileSync("nginx", ["-s", "quit", "-c", file]);
    } catch {
      // already gone
    }
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  need("wrk", "apt-get install wrk");
  need("nginx", "apt-get install nginx-light");
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-public-read-"));
  fs.chmodSync(dir, 0o755);
  const databaseUrl = `file:${path.join(dir, "db")}`;
  let server: Server | undefined;
  let stopNginx: (() => void) | undefined;
  try {
    log("preparing the database with the sample data …");
    const site = await prepareSite(databaseUrl, 0, { sample: true });
    const port = await freePort(3460);
    server = await startServer({ port, databaseUrl, secret: crypto.randomBytes(32).toString("hex") });
    const pageUrl = `${server.base}${PAGE}`;
    const html = await (await fetch(pageUrl)).text();
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    const loginHtml = await (await fetch(`${server.base}/login`)).text();
    const nextCss = /href="(\/_next\/static\/[^"]+\.css)"/.exec(loginHtml)?.[1];
    if (!stylesheet || !nextCss) throw new Error("no stylesheet found");

    const listen = await freePort(port + 1);
    const staticPort = await freePort(listen + 1);
    fs.mkdirSync(path.join(dir, "static"));
    fs.mkdirSync(path.join(dir, "cache"));
    fs.writeFileSync(path.join(dir, "static", "page.html"), html);
    for (const sub of ["", "static", "cache"]) fs.chmodSync(path.join(dir, sub), 0o777);
    stopNginx = await startNginx(dir, nginxConfig(dir, listen, port, staticPort));
    const proxied = `http://127.0.0.1:${listen}${PAGE}`;
    const staticUrl = `http://127.0.0.1:${staticPort}/page.html`;
    const statuses: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(proxied);
      await response.arrayBuffer();
      statuses.push(response.headers.get("x-cache-status"));
    }
    if (statuses.at(-1) !== "HIT") {
      const errors = fs.readFileSync(path.join(dir, "nianbao-error.log"), "utf8").slice(-2000);
      throw new Error(`nginx did not keep the page (X-Cache-Status ${statuses.join(", ")})\n${errors}`);
    }
    const viaNginx = await (await fetch(proxied)).text();
    if (viaNginx !== html) throw new Error("nginx sent other bytes than the app");

    const runs: [string, string][] = [
      ["report page, from the app", pageUrl],
      ["the app's own static CSS file", `${server.base}${nextCss}`],
      ["report page, through deploy/nginx.conf", proxied],
      ["nginx serving the page's bytes as a file", staticUrl],
    ];
    const results: WrkResult[] = [];
    for (const [name, url] of runs) {
      log(`${name}: warm-up 5 s, then ${SECONDS} s at ${CONNECTIONS} connections …`);
      await wrk(url, 5);
      results.push(await wrk(url, SECONDS));
    }

    const [app, appStatic, cached, nginxStatic] = results as [WrkResult, WrkResult, WrkResult, WrkResult];
    const lines = [
      `public read path, ${CONNECTIONS} connections, ${SECONDS} s each, wrk -t2, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)} at the end`,
      "",
      "| what | requests/s | p50 | p99 | errors |",
      "| --- | ---: | ---: | ---: | ---: |",
      ...runs.map(([name], i) => {
        const r = results[i] as WrkResult;
        return `| ${name} | ${r.rate.toFixed(0)} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.errors} |`;
      }),
      "",
      `page ÷ the app's static file: ${((100 * app.rate) / appStatic.rate).toFixed(0)} % (goal ≥ 10 %, p99 ≤ 200 ms: ${app.p99.toFixed(0)} ms)`,
      `through the cache ÷ nginx static: ${((100 * cached.rate) / nginxStatic.rate).toFixed(0)} % (goal ≥ 50 %)`,
      "",
      "| published report | HTML | HTML gzipped | + stylesheet gzipped | scripts, preloads, prefetches |",
      "| --- | ---: | ---: | ---: | ---: |",
    ];
    const css = await (await fetch(`${server.base}${stylesheet}`)).text();
    const cssGzip = gzipSync(css).byteLength;
    for (const { org, year } of site.published) {
      const page = await (await fetch(`${server.base}/reports/${org}/${year}`)).text();
      const extra = (page.match(/<script\b|rel="(?:preload|prefetch|modulepreload)"/g) ?? []).length;
      const gz = gzipSync(page).byteLength;
      lines.push(`| ${org} ${year} | ${kb(Buffer.byteLength(page))} | ${kb(gz)} | ${kb(gz + cssGzip)} | ${extra} |`);
    }
    lines.push("", `stylesheet ${stylesheet}: ${kb(Buffer.byteLength(css))}, ${kb(cssGzip)} gzipped (goal: HTML + CSS ≤ 60 KB gzipped)`);
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    stopNginx?.();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
