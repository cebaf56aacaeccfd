// The accessibility audit of a page as it is now: the serious and critical violations, each
// printed with its elements so that a failure says what to fix.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const violation of serious) {
    console.log(
      `[axe] ${page.url()} ${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(" ")}  ${node.failureSummary ?? ""}`).join("\n"),
    );
  }
  return serious.map((v) => `${v.id} (${v.nodes.length})`);
}
