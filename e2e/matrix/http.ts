// Talking to the built server the way a browser does, without a browser: a real login through
// next-auth's credentials callback (cookies kept in a request context), and server actions
// posted with their `Next-Action` id, the arguments encoded by React's own reply encoder and
// the answer decoded by React's own flight client, as the page's JavaScript would.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Readable } from "node:stream";
import { expect, request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_CONTEXT } from "../environment";

const require = createRequire(import.meta.url);

interface FlightClient {
  encodeReply(value: unknown): Promise<string | FormData>;
  createFromNodeStream(stream: Readable, manifest: unknown): PromiseLike<unknown>;
}

// The production build of the flight client that Next ships with the React it renders with.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const flight = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as FlightClient;
// The answer may carry the page's re-rendered tree too; its client components are named but
// never loaded here: only the action's value (`a`) is read.
const anyModule = new Proxy({}, { get: (_target, id) => new Proxy({}, { get: (_t, name) => ({ id, chunks: [], name }) }) });
const NO_CLIENT_MODULES = { moduleMap: anyModule, serverModuleMap: null, moduleLoading: { prefix: "", crossOrigin: null } };

/**
 * A cookie jar of its own: one per person in the matrix. A connection per request: a kept-alive
 * one that the server closes as idle while the next request goes out would fail that request.
 */
export function newSession(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: E2E_CONTEXT.baseURL, maxRedirects: 0, extraHTTPHeaders: { Connection: "close" } });
}

/** Signs in through next-auth's credentials callback, as the login form does without JavaScript. */
export async function signIn(session: APIRequestContext, username: string, password: string): Promise<void> {
  const csrf = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await session.post("/api/auth/callback/credentials", {
    form: { username, password, csrfToken: csrf.csrfToken, callbackUrl: "/", json: "true" },
  });
  expect([200, 302], `login of ${username}`).toContain(response.status());
  const cookies = (await session.storageState()).cookies.map((cookie) => cookie.name);
  expect(cookies.some((name) => name.endsWith("next-auth.session-token")), `session cookie of ${username}`).toBe(true);
}

/** One server action of the build: where it is defined, and a page that carries it. */
export interface ActionReference {
  id: string;
  file: string;
  name: string;
  /** the app/ entries whose bundle holds the action, e.g. "app/(admin)/admin/units/page" */
  pages: string[];
}

export function readActionManifest(): ActionReference[] {
  const file = path.join(".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename,
    name: entry.exportedName,
    pages: Object.keys(entry.workers),
  }));
}

/** What an action answered: its return value, a redirect (a success that moves on), or an HTTP error. */
export type ActionAnswer =
  | { kind: "value"; value: unknown }
  | { kind: "redirect"; location: string }
  | { kind: "http"; status: number };

async function decode(response: APIResponse): Promise<unknown> {
  const root = (await flight.createFromNodeStream(Readable.from([await response.body()]), NO_CLIENT_MODULES)) as { a?: unknown };
  return await (root.a as PromiseLike<unknown>);
}

/** Posts one server action to `pagePath` (a page whose bundle carries it) with its arguments. */
export async function callAction(session: APIRequestContext, action: ActionReference, pagePath: string, args: unknown[]): Promise<ActionAnswer> {
  const body = await flight.encodeReply(args);
  const headers = { "Next-Action": action.id, Accept: "text/x-component" };
  const response =
    typeof body === "string"
      ? await session.post(pagePath, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: body })
      : await session.post(pagePath, { headers, multipart: body });
  const redirect = response.headers()["x-action-redirect"];
  if (redirect) return { kind: "redirect", location: redirect.split(";")[0] };
  if (response.status() !== 200) return { kind: "http", status: response.status() };
  return { kind: "value", value: await decode(response) };
}

/** A form's fields as the browser's FormData. */
export function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
