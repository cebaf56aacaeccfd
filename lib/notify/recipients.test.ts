import { describe, expect, it } from "vitest";
import { MAX_RECIPIENTS, parseRecipients, recipientList, storedRecipients } from "@/lib/notify/recipients";

describe("staff recipients", () => {
  it("reads addresses one a line or separated by commas, dropping blanks and repeats", () => {
    expect(parseRecipients(" duty@example.gov.cn\n\nLeader@example.gov.cn，duty@example.gov.cn; leader@example.gov.cn ")).toEqual({
      ok: true,
      addresses: ["duty@example.gov.cn", "Leader@example.gov.cn"],
    });
    expect(parseRecipients("")).toEqual({ ok: true, addresses: [] });
  });

  it("refuses what is not an address, and more than the limit", () => {
    expect(parseRecipients("duty@example.gov.cn\n值班室")).toEqual({ ok: false, error: "不是有效的电子邮箱地址：值班室" });
    const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `u${i}@example.gov.cn`).join("\n");
    expect(parseRecipients(many)).toEqual({ ok: false, error: `收件人最多 ${MAX_RECIPIENTS} 个` });
  });

  it("stores a list one address a line and reads it back", () => {
    expect(recipientList(storedRecipients(["a@example.gov.cn", "b@example.gov.cn"]))).toEqual(["a@example.gov.cn", "b@example.gov.cn"]);
    expect(recipientList("")).toEqual([]);
  });
});
