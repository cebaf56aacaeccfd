import type { ReferenceResolver } from "@/lib/narrative/references";
import { paragraphsOf } from "@/lib/report/paragraphs";

/** A section's text as paragraphs, one per line the author wrote, references shown as their values. */
export function Narrative({ text, references, expected = false }: { text: string | undefined; references: ReferenceResolver; expected?: boolean }) {
  const paragraphs = paragraphsOf(text, references);
  if (paragraphs.length === 0) return expected ? <p className="muted">（本部分未填写文字内容。）</p> : null;
  return (
    <div className="narrative">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
