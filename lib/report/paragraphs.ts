/** A section's text as its paragraphs: one per line the author wrote, blank lines dropped. */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
