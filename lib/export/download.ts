// A file as an HTTP download: its media type, and a Content-Disposition that gives browsers
// the Chinese name (RFC 5987 filename*) with an ASCII name for those that cannot read it.
export const MEDIA_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export type OfficeExtension = keyof typeof MEDIA_TYPES;

/** An ASCII file name for downloads: {org}-{year}.{ext}, {org}-{year}-rollup.{ext} for a roll-up (汇总) */
export function downloadName(orgSlug: string, year: number, extension: string, scope: "own" | "rollup" = "own"): string {
  const safeSlug = orgSlug.replace(/[^A-Za-z0-9._-]+/g, "_") || "report";
  return `${safeSlug}-${year}${scope === "rollup" ? "-rollup" : ""}.${extension}`;
}

/** RFC 5987 value-chars: what encodeURIComponent leaves alone, less ' ( ) *. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266 §4.3). */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}

export function officeFileResponse(
  bytes: Uint8Array,
  file: { extension: OfficeExtension; fileName: string; asciiName: string; cacheControl?: string },
): Response {
  const headers: Record<string, string> = {
    "Content-Type": MEDIA_TYPES[file.extension],
    "Content-Disposition": attachmentDisposition(file.fileName, file.asciiName),
    "Content-Length": String(bytes.byteLength),
    "X-Content-Type-Options": "nosniff",
  };
  if (file.cacheControl) headers["Cache-Control"] = file.cacheControl;
  return new Response(new Uint8Array(bytes), { headers });
}
