/** The title every report carries, on its page, in the browser tab and in its files; a roll-up says 汇总. */
export const reportTitle = (orgName: string, year: number, scope: "own" | "rollup" = "own") =>
  `${orgName}${year}年政府信息公开工作年度报告${scope === "rollup" ? "（汇总）" : ""}`;
