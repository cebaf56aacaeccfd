import { describe, expect, it } from "vitest";
import { applicantTypeChoices, applicantTypeLabel } from "@/lib/register/labels";

describe("the applicant column as the register shows it", () => {
  it("is 法人或其他组织 › 其他 for the 其他 column, and 自然人 alone for a column with no group", () => {
    expect(applicantTypeLabel("other")).toBe("法人或其他组织 › 其他");
    expect(applicantTypeLabel("natural")).toBe("自然人");
  });

  it("offers the same words in the choices of the forms", () => {
    expect(applicantTypeChoices().find((c) => c.key === "other")?.label).toBe("法人或其他组织 › 其他");
  });
});
