import { describe, expect, it } from "vitest";
import { reportingYear } from "./report-year";

describe("the year being reported on", () => {
  it("is the year before today's: on 2026-12-03 it is 2025, and still 2025 in January while the reports are due", () => {
    expect(reportingYear(new Date("2026-12-03T12:00:00Z"))).toBe(2025);
    expect(reportingYear(new Date("2026-01-31T03:00:00Z"))).toBe(2025);
  });

  it("turns to 2026 at midnight in China on 1 January 2027, when a server in UTC still reads 2026-12-31", () => {
    expect(reportingYear(new Date("2026-12-31T15:59:59Z"))).toBe(2025);
    expect(reportingYear(new Date("2026-12-31T16:00:00Z"))).toBe(2026);
  });
});
