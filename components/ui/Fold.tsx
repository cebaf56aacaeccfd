// A list of changes under the line that counts them: folded when it is long (a <details> the
// reader opens, no script needed), shown open otherwise.
import type { ReactNode } from "react";

export function Fold({ summary, folded, headClassName, children }: { summary: string; folded: boolean; headClassName: string; children: ReactNode }) {
  return folded ? (
    <details>
      <summary>{summary}（展开查看）</summary>
      {children}
    </details>
  ) : (
    <>
      <p className={headClassName}>{summary}：</p>
      {children}
    </>
  );
}
