// Content-Disposition for a download with a Chinese file name: RFC 6266 with RFC 5987's
// filename* for browsers, and an ASCII fallback for the rest.
export function contentDisposition(name: string, asciiFallback: string, disposition: "attachment" | "inline" = "attachment"): string {
  const ascii = asciiFallback.replace(/[^A-Za-z0-9._-]+/g, "_") || "download";
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
