import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/formats";
import { validateCells } from "@/lib/rules";
import { deriveChannelCells } from "@/lib/register/channels";

describe("deriveChannelCells", () => {
  it("sums the year's counts per kind into the legacy 一(二) rows, total included (L1 holds)", () => {
    const format = getFormat("legacy-2014");
    const { cells, sources } = deriveChannelCells(format, [
      { channelId: "a", kind: "website", count: 200 },
      { channelId: "b", kind: "website", count: 23 },
      { channelId: "c", kind: "wechat", count: 155 },
    ]);
    expect(cells["t1.ch_website.value"]).toBe(223);
    expect(cells["t1.ch_wechat.value"]).toBe(155);
    expect(cells["t1.ch_gazette.value"]).toBe(0);
    expect(cells["t1.channels_total.value"]).toBe(378);
    expect(sources["t1.ch_website.value"]).toEqual(["a", "b"]);
    expect(validateCells({ format, cells }).filter((f) => f.rule === "L1")).toEqual([]);
  });

  it("derives nothing for formats without channel rows", () => {
    expect(deriveChannelCells(getFormat("gov-2021"), [{ channelId: "a", kind: "website", count: 5 }]).cells).toEqual({});
  });
});
