// The frame of every public page as a whole HTML document: head (title, description, Open
// Graph, canonical address, the one stylesheet), the header without anything of a session (the
// same bytes for everyone, so any cache may keep them), the page, the footer. No script.
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { APPLY_STATUS_PATH } from "@/lib/paths";
import { SITE_NAME, documentTitle, absoluteUrl, type PublicPageMeta } from "@/lib/public-site/meta";

export function PublicDocument({
  meta,
  siteUrl,
  stylesheet,
  children,
}: {
  meta: PublicPageMeta;
  /** NEXTAUTH_URL: absolute addresses for the canonical link and Open Graph, when configured */
  siteUrl: string | undefined;
  stylesheet: string;
  children: ReactNode;
}) {
  const url = absoluteUrl(siteUrl, meta.path);
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle(meta.title)}</title>
        <meta name="description" content={meta.description} />
        {url && <link rel="canonical" href={url} />}
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:type" content={meta.type ?? "website"} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:locale" content="zh_CN" />
        {url && <meta property="og:url" content={url} />}
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <SiteFrame
        header={
          <header className="site-header">
            <div className="site-header-inner">
              <a href="/" className="site-name">
                {SITE_NAME}
              </a>
              <nav aria-label="主导航">
                <ul className="nav-list">
                  <li>
                    <a href="/reports">公开年报目录</a>
                  </li>
                  <li>
                    <a href={APPLY_STATUS_PATH}>查询申请进度</a>
                  </li>
                </ul>
              </nav>
              <div className="site-user">
                <a href="/login">工作人员登录</a>
              </div>
            </div>
          </header>
        }
      >
        {children}
      </SiteFrame>
    </html>
  );
}

/** What a public address that shows nothing answers. */
export function PublicNotFound() {
  return (
    <>
      <h1>未找到页面</h1>
      <p>没有这个地址的已公开内容。报告可能尚未发布，或者地址有误。</p>
      <p>
        <a href="/reports">返回年度报告目录</a>
      </p>
    </>
  );
}

/** What a public page answers when it could not be made. */
export function PublicError() {
  return (
    <>
      <h1>页面暂时无法显示</h1>
      <p>服务器处理时出错，请稍后再试。</p>
      <p>
        <a href="/reports">返回年度报告目录</a>
      </p>
    </>
  );
}
