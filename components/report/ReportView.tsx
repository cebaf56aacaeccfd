// The whole report as the public reads it: sections in the format's order, each with its
// narrative and its official table. Server-rendered; also the reviewer's read-only view.
import type { Cells, Finding, FormatDef } from "@/lib/formats/types";
import { referenceResolver } from "@/lib/narrative/references";
import { Narrative, highlightsOf } from "@/components/report/Narrative";
import { ReportTable } from "@/components/report/ReportTable";
import { NotesList, TableNotes } from "@/components/report/HistoricalNotes";
import { noteHighlights, numberNotes, type HistoricalRecord } from "@/lib/report/historical-notes";

export interface ReportViewProps {
  format: FormatDef;
  cells: Cells;
  sections: Record<string, string>;
  findings?: readonly Finding[];
  /** heading level of the section headings (the page title is the h1) */
  headingLevel?: 2 | 3;
  /** a roll-up's count of units that left each cell blank */
  blanks?: Readonly<Record<string, number>>;
  /** a historical published report: its notes beside its tables and at the end */
  historical?: HistoricalRecord | null;
}

export function ReportView({ format, cells, sections, findings, headingLevel = 2, blanks, historical }: ReportViewProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const notes = numberNotes(historical?.notes ?? []);
  // One resolver for the whole report: every reference reads the cells printed in its tables.
  const references = referenceResolver(format, cells);
  return (
    <div className="report-view">
      {format.sections.map((section) => {
        const table = section.table ? format.tables.find((t) => t.id === section.table) : undefined;
        return (
          // Not a named region: the table inside already is one, under the same title.
          <section key={section.key} className="report-section">
            {!section.untitled && (
              <Heading id={`section-${section.key}`} className="report-section-heading">
                {section.heading}
              </Heading>
            )}
            <Narrative
              text={sections[section.key]}
              references={references}
              highlights={[...highlightsOf(findings, section.key), ...noteHighlights(notes, section.key)]}
              expected={section.narrative && !section.table}
            />
            {table && <ReportTable table={table} cells={cells} findings={findings} blanks={blanks} notes={notes} />}
            {table && <TableNotes format={format} tableId={table.id} tableTitle={table.title} notes={notes} />}
          </section>
        );
      })}
      <NotesList format={format} notes={notes} headingLevel={headingLevel} />
    </div>
  );
}
