import { paragraphsOf } from "@/lib/report/paragraphs";

/** A section's text as paragraphs, one per line the author wrote. */
export function Narrative({ text, expected = false }: { text: string | undefined; expected?: boolean }) {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return expected ? <p className="muted">（本部分未填写文字内容。）</p> : null;
  return (
    <div className="narrative">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
