import { describe, expect, it } from "vitest";
import { AppError, describeForLog, fromDatabaseError } from "@/lib/errors";

describe("what the server log says about an unexpected error", () => {
  it("names the kind, code and place of the error but never repeats its message", () => {
    const error = Object.assign(new Error("Invalid value for applicantName: 张三丰 13800000000"), { code: "P2000" });
    const logged = describeForLog(error);
    expect(logged.split("\n")[0]).toBe("Error P2000");
    expect(logged).toContain("at ");
    expect(logged).not.toContain("张三丰");
    expect(logged).not.toContain("13800000000");
  });

  it("describes a thrown non-error by its type only", () => {
    expect(describeForLog("张三丰")).toBe("string");
    expect(describeForLog(new AppError("NOT_FOUND")).split("\n")[0]).toBe("AppError NOT_FOUND");
  });
});

describe("database errors a person can act on", () => {
  const withCode = (code: string) => Object.assign(new Error("Invalid `prisma.report.create()` invocation"), { code });

  it("become the application's own codes, by the client's error code", () => {
    expect(["P2002", "P2034", "P2024", "P2028", "P2025"].map((code) => fromDatabaseError(withCode(code))?.code)).toEqual(["CONFLICT", "CONFLICT", "BUSY", "BUSY", "NOT_FOUND"]);
  });

  it("leave anything else unexpected, and the application's own errors as they are", () => {
    expect([withCode("P2020"), new Error("x"), new AppError("REPORT_LOCKED"), "P2002"].map(fromDatabaseError)).toEqual([null, null, null, null]);
  });
});
