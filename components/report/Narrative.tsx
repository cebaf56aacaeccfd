import type { Finding } from "@/lib/formats/types";
import type { ReferenceResolver } from "@/lib/narrative/references";
import { paragraphPieces, type Highlight, type Piece } from "@/lib/report/paragraphs";

/** The passages of one section that findings point at (N1 sentences, N3 references). */
export function highlightsOf(findings: readonly Finding[] | undefined, sectionKey: string): Highlight[] {
  return (findings ?? []).flatMap((f) =>
    f.excerpt && f.excerpt.section === sectionKey ? [{ start: f.excerpt.start, end: f.excerpt.end, severity: f.severity }] : [],
  );
}

function PieceView({ piece, markReferences }: { piece: Piece; markReferences: boolean }) {
  const content =
    piece.ref && markReferences ? (
      <span className={piece.unknown ? "ref-value ref-unknown" : "ref-value"} data-ref={piece.ref}>
        {piece.text}
      </span>
    ) : (
      piece.text
    );
  if (!piece.flag) return content;
  return <mark className={`narrative-flag narrative-flag-${piece.flag}`}>{content}</mark>;
}

/**
 * Paragraphs of a section's text. The editor's preview marks the references' values too, and
 * shows only the paragraphs that differ from the field above it (`onlyMarked`).
 */
export function NarrativeParagraphs({
  text,
  references,
  highlights = [],
  markReferences = false,
  onlyMarked = false,
}: {
  text: string | undefined;
  references: ReferenceResolver;
  highlights?: readonly Highlight[];
  markReferences?: boolean;
  onlyMarked?: boolean;
}) {
  const paragraphs = paragraphPieces(text, references, highlights);
  const shown = onlyMarked ? paragraphs.filter((pieces) => pieces.some((p) => p.ref || p.flag)) : paragraphs;
  return shown.map((pieces, index) => (
    <p key={index}>
      {pieces.map((piece, i) => (
        <PieceView key={i} piece={piece} markReferences={markReferences} />
      ))}
    </p>
  ));
}

/** A section's text as paragraphs, one per line the author wrote, references shown as their values. */
export function Narrative({
  text,
  references,
  highlights,
  expected = false,
}: {
  text: string | undefined;
  references: ReferenceResolver;
  highlights?: readonly Highlight[];
  expected?: boolean;
}) {
  if (paragraphPieces(text, references).length === 0) return expected ? <p className="muted">（本部分未填写文字内容。）</p> : null;
  return (
    <div className="narrative">
      <NarrativeParagraphs text={text} references={references} highlights={highlights} />
    </div>
  );
}
