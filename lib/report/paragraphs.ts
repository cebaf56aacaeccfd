import { parseReferences, unknownReference, type ReferenceResolver } from "../narrative/references";

/** A passage of the text as stored that a finding points at (offsets into the stored text). */
export interface Highlight {
  start: number;
  end: number;
  severity: "error" | "warning";
}

/** A run of a paragraph: plain text, or a reference shown as its value; flagged when a highlight covers it. */
export interface Piece {
  text: string;
  /** the cell key, when the run is a reference */
  ref?: string;
  /** the reference names no cell of the format */
  unknown?: boolean;
  flag?: Highlight["severity"];
}

function flagAt(highlights: readonly Highlight[], at: number): Highlight["severity"] | undefined {
  let flag: Highlight["severity"] | undefined;
  for (const h of highlights) if (at >= h.start && at < h.end && flag !== "error") flag = h.severity;
  return flag;
}

function push(line: Piece[], piece: Piece) {
  const last = line[line.length - 1];
  if (last && !last.ref && !piece.ref && last.flag === piece.flag) last.text += piece.text;
  else line.push(piece);
}

function trimLine(line: Piece[]): Piece[] {
  const pieces = line.map((p) => ({ ...p }));
  while (pieces.length > 0 && !pieces[0].ref && !(pieces[0].text = pieces[0].text.trimStart())) pieces.shift();
  while (pieces.length > 0 && !pieces[pieces.length - 1].ref && !(pieces[pieces.length - 1].text = pieces[pieces.length - 1].text.trimEnd())) pieces.pop();
  return pieces;
}

/**
 * A section's text as its paragraphs: one per line the author wrote, blank lines dropped,
 * each reference to a cell as its value in the same report's cells, and the passages that
 * findings point at marked. Every place that shows a section's text (editor preview, public
 * page, reviewer's view, DOCX) comes through here, so text and table cannot disagree.
 */
export function paragraphPieces(text: string | undefined, references: ReferenceResolver, highlights: readonly Highlight[] = []): Piece[][] {
  const lines: Piece[][] = [[]];
  const cuts = new Set(highlights.flatMap((h) => [h.start, h.end]));
  for (const part of parseReferences(text ?? "")) {
    if (part.type === "ref") {
      const value = references.value(part.key);
      const piece: Piece = { text: value ?? unknownReference(part.key), ref: part.key };
      if (value === null) piece.unknown = true;
      const flag = flagAt(highlights, part.start);
      if (flag) piece.flag = flag;
      push(lines[lines.length - 1], piece);
      continue;
    }
    // Offsets inside a plain run: an escaped "\{{" shortens the run by one, so cut by the
    // run's own characters and map them back from its end.
    const shift = part.end - part.start - part.text.length;
    let run = "";
    let runFlag = flagAt(highlights, part.start);
    const flush = () => {
      if (run) push(lines[lines.length - 1], runFlag ? { text: run, flag: runFlag } : { text: run });
      run = "";
    };
    for (let i = 0; i < part.text.length; i++) {
      const at = part.start + shift + i;
      if (cuts.has(at)) {
        flush();
        runFlag = flagAt(highlights, at);
      }
      const char = part.text[i];
      if (char === "\n") {
        flush();
        lines.push([]);
      } else if (char !== "\r") {
        run += char;
      }
    }
    flush();
  }
  return lines.map(trimLine).filter((line) => line.length > 0);
}

/** The paragraphs as plain text (DOCX, and wherever no passage is marked). */
export function paragraphsOf(text: string | undefined, references: ReferenceResolver): string[] {
  return paragraphPieces(text, references).map((line) => line.map((p) => p.text).join(""));
}
