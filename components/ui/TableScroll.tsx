// Tables are wider than a phone: they scroll inside a focusable, named region.
import type { ReactNode } from "react";

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A data table with its caption in a TableScroll named by label; children are its thead and tbody. */
export function DataTable({ label, caption = label, children }: { label: string; caption?: ReactNode; children: ReactNode }) {
  return (
    <TableScroll label={label}>
      <table className="data-table">
        <caption>{caption}</caption>
        {children}
      </table>
    </TableScroll>
  );
}
