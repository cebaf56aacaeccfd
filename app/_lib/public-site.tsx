// Public pages and files as route handlers: what `load` finds is rendered once into a complete
// HTML document (or a file), kept in this process's cache (lib/public-site/cache.ts) and sent
// with the validators and cache headers of lib/public-site/http.ts. Only addresses without a
// query are kept: a search's answers are made for each request.
import type { ReactNode } from "react";
import { PublicDocument, PublicError, PublicNotFound } from "@/components/public/PublicDocument";
import { publicCache } from "@/lib/public-site/cache";
import { CACHE_CONTROL, FRESH_IN_PROCESS_MS, NOT_FOUND_CACHE_CONTROL, answer, prepareResponse, type Freshness } from "@/lib/public-site/http";
import type { PublicPageMeta } from "@/lib/public-site/meta";
import { renderDocument } from "@/lib/public-site/render";
import { stylesheetHref } from "@/lib/public-site/stylesheet";
import { readEnv } from "@/lib/env";
import { publicSiteStamp } from "@/lib/data/public";

/** How often, at most, this process asks whether another one published something. */
const STAMP_EVERY_MS = 5_000;
publicCache().watch(publicSiteStamp, STAMP_EVERY_MS);

export interface PublicPageContent {
  meta: PublicPageMeta;
  body: ReactNode;
  /** when what the page shows last changed (a publication date); the render time otherwise */
  lastModified?: Date;
}

export interface PublicFileContent {
  body: string | Uint8Array;
  contentType: string;
  /** the whole Content-Disposition value, e.g. attachmentDisposition() of lib/export/download */
  disposition?: string;
  lastModified?: Date;
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

const HTML = "text/html; charset=utf-8";

async function documentHtml(meta: PublicPageMeta, body: ReactNode): Promise<string> {
  return renderDocument(
    <PublicDocument meta={meta} siteUrl={readEnv().NEXTAUTH_URL} stylesheet={stylesheetHref()}>
      {body}
    </PublicDocument>,
  );
}

async function notFoundDocument(request: Request): Promise<Response> {
  const html = await documentHtml({ title: "未找到页面", description: "没有这个地址的已公开内容。", path: new URL(request.url).pathname }, <PublicNotFound />);
  return answer(request, prepareResponse({ status: 404, body: html, contentType: HTML, cacheControl: NOT_FOUND_CACHE_CONTROL }));
}

async function errorDocument(request: Request, error: unknown): Promise<Response> {
  console.error("公开页面出错", new URL(request.url).pathname, error);
  try {
    const html = await documentHtml({ title: "页面暂时无法显示", description: "服务器处理时出错。", path: new URL(request.url).pathname }, <PublicError />);
    return answer(request, prepareResponse({ status: 500, body: html, contentType: HTML, cacheControl: "no-store" }));
  } catch {
    return new Response("页面暂时无法显示，请稍后再试。\n", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}

function publicHandler<P, C>(
  freshness: Freshness,
  load: (params: P, url: URL) => Promise<C | null>,
  prepare: (content: C) => Promise<ReturnType<typeof prepareResponse>>,
): Handler<P> {
  return async function GET(request, { params }) {
    const url = new URL(request.url);
    const produce = async () => {
      const content = await load(await params, url);
      return content === null ? null : prepare(content);
    };
    try {
      const prepared = url.search === "" ? await publicCache().fetch(url.pathname, FRESH_IN_PROCESS_MS[freshness], produce) : await produce();
      return prepared ? answer(request, prepared) : await notFoundDocument(request);
    } catch (error) {
      return errorDocument(request, error);
    }
  };
}

/** A public page: `load` gives its meta and body, or null for the 404 page. */
export function publicPage<P>(options: { freshness: Freshness; load: (params: P, url: URL) => Promise<PublicPageContent | null> }): Handler<P> {
  return publicHandler(options.freshness, options.load, async (content) =>
    prepareResponse({
      body: await documentHtml(content.meta, content.body),
      contentType: HTML,
      cacheControl: CACHE_CONTROL[options.freshness],
      lastModified: content.lastModified,
    }),
  );
}

/** A public file (JSON, CSV, XLSX, XML, text): `load` gives its bytes, or null for the 404 page. */
export function publicFile<P>(options: { freshness: Freshness; load: (params: P, url: URL) => Promise<PublicFileContent | null> }): Handler<P> {
  return publicHandler(options.freshness, options.load, async (file) =>
    prepareResponse({
      body: file.body,
      contentType: file.contentType,
      cacheControl: CACHE_CONTROL[options.freshness],
      lastModified: file.lastModified,
      headers: file.disposition ? { "Content-Disposition": file.disposition } : {},
    }),
  );
}

/**
 * A public page made for one visitor (a form with its token, an applicant's status): rendered
 * for each request and kept by no cache. `handle` answers the request; what it throws is the
 * error page.
 */
export function personalRoute<P>(handle: (request: Request, params: P) => Promise<Response | null>): Handler<P> {
  return async function route(request, { params }) {
    try {
      return (await handle(request, await params)) ?? (await notFoundDocument(request));
    } catch (error) {
      return errorDocument(request, error);
    }
  };
}

/** The document of a personal page, never kept by a cache; `headers` may set a cookie. */
export async function personalPage(content: { meta: PublicPageMeta; body: ReactNode }, init: { status?: number; headers?: Record<string, string> } = {}): Promise<Response> {
  const html = await documentHtml(content.meta, content.body);
  return new Response(html, { status: init.status ?? 200, headers: { ...init.headers, "Content-Type": HTML, "Cache-Control": "no-store" } });
}

/** 303 See Other after a form was taken (reloading the next page does not send it again). */
export function seeOther(request: Request, path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { ...headers, Location: new URL(path, request.url).pathname, "Cache-Control": "no-store" } });
}
