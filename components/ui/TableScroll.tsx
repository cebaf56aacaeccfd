// Tables are wider than a phone: they scroll inside a focusable, named region, with a hint
// that shows while there is more to scroll to (globals.css).
import type { ReactNode } from "react";

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <span className="table-scroll-hint" aria-hidden="true">
        表格较宽，可左右滑动查看 →
      </span>
      {children}
    </div>
  );
}

export interface DataTableProps {
  label: string;
  caption?: ReactNode;
  /** rows stay on one line (names, states, dates): on a phone the table scrolls instead of breaking words */
  nowrap?: boolean;
  children: ReactNode;
}

/** A data table with its caption in a TableScroll named by label; children are its thead and tbody. */
export function DataTable({ label, caption = label, nowrap, children }: DataTableProps) {
  return (
    <TableScroll label={label}>
      <table className={nowrap ? "data-table data-table-nowrap" : "data-table"}>
        <caption>{caption}</caption>
        {children}
      </table>
    </TableScroll>
  );
}
