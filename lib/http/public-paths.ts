// Which addresses the public route handlers answer (app/_lib/public-site.tsx).

/**
 * The addresses answered by the public route handlers: documents without any script, the same
 * bytes for everyone. (An address below them that does not exist falls to the framework's 404
 * page, which then shows without its scripts: it is plain text with links.)
 */
export function servesPublicDocument(pathname: string): boolean {
  return /^\/(reports|data|guide|apply)(\/|$)/.test(pathname) || ["/site.css", "/sitemap.xml", "/robots.txt"].includes(pathname);
}
