import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/formats";
import { validateCells } from "@/lib/rules";
import { addChannelItem, channelCountsForYear, createChannel, setChannelCount } from "@/lib/data/channels";
import { closeReviewCase, createReviewCase, listReviewCases } from "@/lib/data/register-cases";
import { deriveReportCells } from "@/lib/data/register-derive";
import { makeActor, makeOrg } from "@/lib/data/test-factories";

describe("表四 cases and channel counts on the database", () => {
  it("derives 表四 from the cases, pending at the year's end and decided by result, co-defendant-only cases left out", async () => {
    const org = await makeOrg();
    const staff = await makeActor({ role: "staff", orgSlug: org.slug, orgId: org.id });
    const decided = await createReviewCase({ actor: staff, input: { orgId: org.id, block: "review", filedOn: "2025-02-01" } });
    await closeReviewCase({ actor: staff, input: { caseId: decided.id, result: "corrected", closedOn: "2025-04-01" } });
    await createReviewCase({ actor: staff, input: { orgId: org.id, block: "suit_direct", filedOn: "2025-10-01" } });
    await createReviewCase({ actor: staff, input: { orgId: org.id, block: "suit_after_review", filedOn: "2025-03-01", coDefendantOnly: true } });
    const { cells, sources } = await deriveReportCells({ actor: staff, orgId: org.id, year: 2025 });
    expect(cells["t4.review.corrected"]).toBe(1);
    expect(cells["t4.review.total"]).toBe(1);
    expect(cells["t4.suit_direct.pending"]).toBe(1);
    expect(cells["t4.suit_after_review.total"]).toBe(0);
    expect(sources["t4.review.corrected"]).toEqual([decided.id]);
    expect(validateCells({ format: getFormat("gov-2021"), cells }).filter((f) => f.rule === "I7")).toEqual([]);
    expect((await listReviewCases({ actor: staff, orgId: org.id, pending: true })).map((c) => c.blockLabel)).toEqual(["行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉"]);
  });

  it("counts a channel's year from its log, unless a count was typed, and fills the legacy 一(二) rows", async () => {
    const org = await makeOrg();
    const staff = await makeActor({ role: "staff", orgSlug: org.slug, orgId: org.id });
    const website = await createChannel({ actor: staff, orgId: org.id, name: "镇政府网站", kind: "website" });
    const wechat = await createChannel({ actor: staff, orgId: org.id, name: "微信公众号", kind: "wechat" });
    await addChannelItem({ actor: staff, channelId: website.id, publishedOn: "2018-03-01", title: "春耕通知" });
    await addChannelItem({ actor: staff, channelId: website.id, publishedOn: "2018-12-31", title: "年终公告" });
    await addChannelItem({ actor: staff, channelId: website.id, publishedOn: "2019-01-01", title: "新年" });
    await setChannelCount({ actor: staff, channelId: wechat.id, year: 2018, count: 155 });
    const counts = await channelCountsForYear({ actor: staff, orgId: org.id, year: 2018 });
    expect(counts.map((c) => [c.name, c.count, c.source])).toEqual([
      ["镇政府网站", 2, "log"],
      ["微信公众号", 155, "typed"],
    ]);
    const { format, cells } = await deriveReportCells({ actor: staff, orgId: org.id, year: 2018 });
    expect(format).toBe("legacy-2014");
    expect(cells["t1.ch_website.value"]).toBe(2);
    expect(cells["t1.ch_wechat.value"]).toBe(155);
    expect(cells["t1.channels_total.value"]).toBe(157);
    expect(cells["t1.req_received.value"]).toBe(0);
  });
});
