// A React tree as a complete HTML document, rendered once on the server: no hydration data, no
// script. react-dom/server is loaded when first needed (route handlers are compiled for React
// Server Components, where a static import of it is refused).
import "server-only";
import type { ReactElement } from "react";

export async function renderDocument(document: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  return `<!DOCTYPE html>${renderToStaticMarkup(document)}`;
}
