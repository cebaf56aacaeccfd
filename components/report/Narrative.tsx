/** A section's text as paragraphs, one per line the author wrote. */
export function Narrative({ text }: { text: string | undefined }) {
  const paragraphs = (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return (
    <div className="narrative">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
