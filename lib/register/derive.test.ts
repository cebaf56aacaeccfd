import { describe, expect, it } from "vitest";
import { formatForYear, getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import { validateCells } from "@/lib/rules";
import { deriveTables, groupRequests, tallyRequests, type RegisterRequest } from "@/lib/register/derive";
import { legacyShape, requestsShape } from "@/lib/register/structure";
import { generateCases, generateRequests, mulberry32 } from "@/lib/register/testing";

const gov2021 = getFormat("gov-2021");

function request(id: string, receivedOn: string, closedOn: string | null, outcome: string | null, applicantType = "natural"): RegisterRequest {
  return { id, applicantType, channel: "online", receivedOn, closedOn, outcome, extendedDays: 0 };
}

describe("deriveTables: 表三 from the register", () => {
  it("counts 新收, 上年结转, outcomes and 结转下年度 per applicant column, with the requests behind each number", () => {
    const requests = [
      request("a", "2022-12-20", "2023-01-10", "granted"), // carried in, closed in the year
      request("b", "2022-11-01", null, null, "business"), // carried in, still open: carried out too
      request("c", "2023-03-01", "2023-03-20", "refused_third_party"),
      request("d", "2023-12-28", "2024-01-05", "granted"), // new, open at the year's end
      request("e", "2022-05-01", "2022-06-01", "granted"), // closed the year before: not counted
      request("f", "2024-01-02", null, null), // received the year after: not counted
    ];
    const { cells, sources, unmapped } = deriveTables(gov2021, 2023, requests);
    expect(unmapped).toEqual([]);
    expect(cells["t3.new.natural"]).toBe(2);
    expect(cells["t3.carried_in.natural"]).toBe(1);
    expect(cells["t3.carried_in.business"]).toBe(1);
    expect(cells["t3.granted.natural"]).toBe(1);
    expect(cells["t3.refused_third_party.natural"]).toBe(1);
    expect(cells["t3.total.natural"]).toBe(2);
    expect(cells["t3.carried_out.natural"]).toBe(1);
    expect(cells["t3.carried_out.business"]).toBe(1);
    expect(cells["t3.carried_out.total"]).toBe(2);
    expect(cells["t3.new.total"]).toBe(2);
    expect(cells["t3.partial.legal"]).toBe(0);
    expect(sources["t3.new.natural"]).toEqual(["c", "d"]);
    expect(sources["t3.carried_out.total"]).toEqual(["d", "b"]);
    expect(Object.keys(cells).filter((k) => k.startsWith("t3.")).length).toBe(listCells(gov2021).filter((c) => c.table === "t3").length);
  });

  it("counts an outcome of 2021's （六） rows in 2019's single （六）其他处理 row when a 2021 report uses the older format", () => {
    const gov2019 = getFormat("gov-2019");
    const { cells } = deriveTables(gov2019, 2021, [request("a", "2021-03-01", "2021-03-10", "other_misc")]);
    expect(cells["t3.other.natural"]).toBe(1);
    expect(cells["t3.total.total"]).toBe(1);
  });

  it("reports requests whose outcome has no row in the format, instead of dropping them silently", () => {
    const { unmapped } = deriveTables(gov2021, 2023, [request("x", "2023-03-01", "2023-03-10", "ans_granted")]);
    expect(unmapped).toEqual(["x"]);
  });

  it("satisfies I1, I2 and I3 for every year, and I5 between years, on 5,000 generated requests", () => {
    const random = mulberry32(20251126);
    const requests = generateRequests(random, { count: 5000, from: "2019-01-01", to: "2025-12-31", openShare: 0.05 });
    let previous: Record<string, number | null> | null = null;
    for (let year = 2019; year <= 2025; year++) {
      const format = formatForYear(year);
      const { cells, sources, unmapped } = deriveTables(format, year, requests);
      expect(unmapped).toEqual([]);
      const findings = validateCells({ format, cells }).filter((f) => ["I1", "I2", "I3"].includes(f.rule));
      expect(findings).toEqual([]);
      for (const [key, ids] of Object.entries(sources)) expect(ids.length).toBe(cells[key]);
      const shape = requestsShape(format)!;
      expect(cells[shape.cell(shape.newRow, shape.totalColumn)]).toBe(requests.filter((r) => r.receivedOn.startsWith(String(year))).length);
      if (previous) {
        for (const column of [...shape.applicantColumns.map((c) => c.key), shape.totalColumn]) {
          expect(cells[shape.cell(shape.carriedInRow, column)]).toBe(previous[shape.cell(shape.carriedOutRow, column)]);
        }
      }
      previous = cells;
    }
  });

  it("derives the legacy 三 rows for years up to 2018: received by channel, closed on time or extended, answers by category", () => {
    const random = mulberry32(7);
    // Every channel, 其他 included: L2 holds by construction.
    const requests = generateRequests(random, { count: 2000, from: "2016-01-01", to: "2018-12-31" });
    const format = getFormat("legacy-2014");
    const shape = legacyShape(format)!;
    for (const year of [2016, 2017, 2018]) {
      const { cells, unmapped } = deriveTables(format, year, requests);
      expect(unmapped).toEqual([]);
      const soft = validateCells({ format, cells }).filter((f) => ["L2", "L3", "L4", "L5", "L6", "L7"].includes(f.rule));
      expect(soft).toEqual([]);
      expect(cells[shape.received]).toBe(requests.filter((r) => r.receivedOn.startsWith(String(year))).length);
      expect(cells[shape.closedExtended]).toBe(requests.filter((r) => r.closedOn?.startsWith(String(year)) && r.extendedDays > 0).length);
    }
  });

  it("counts a request that came by the 其他 channel under 4.信函申请数, so that L2 holds", () => {
    const format = getFormat("legacy-2014");
    const shape = legacyShape(format)!;
    const requests = [
      { id: "o", applicantType: "natural", channel: "other", receivedOn: "2017-03-01", closedOn: "2017-03-20", outcome: "ans_granted", extendedDays: 0 },
      { id: "p", applicantType: "natural", channel: "post", receivedOn: "2017-04-01", closedOn: null, outcome: null, extendedDays: 0 },
    ];
    const { cells, sources } = deriveTables(format, 2017, requests);
    expect(cells[shape.received]).toBe(2);
    expect(shape.receivedByChannel.other).toBe(shape.receivedByChannel.post);
    expect(cells[shape.receivedByChannel.post!]).toBe(2);
    expect(sources[shape.receivedByChannel.post!]).toEqual(["o", "p"]);
    expect(validateCells({ format, cells }).filter((f) => f.rule === "L2")).toEqual([]);
  });

  it("tallies groups without their ids (as the SQL returns them) to the same cells", () => {
    const random = mulberry32(99);
    const requests = generateRequests(random, { count: 500, from: "2022-01-01", to: "2024-12-31" });
    const groups = groupRequests(2023, requests);
    const withoutIds = tallyRequests(gov2021, 2023, groups.map((g) => ({ ...g, ids: null })));
    expect(withoutIds.cells).toEqual(tallyRequests(gov2021, 2023, groups).cells);
    expect(withoutIds.sources).toEqual({});
  });
});

describe("deriveTables: 表四 from the review and litigation cases", () => {
  it("counts pending cases at the year's end and decided ones by result, leaving out co-defendant-only cases (I8)", () => {
    const cases = [
      { id: "1", block: "review", filedOn: "2023-02-01", closedOn: "2023-05-01", result: "upheld", coDefendantOnly: false },
      { id: "2", block: "review", filedOn: "2023-11-01", closedOn: "2024-02-01", result: "corrected", coDefendantOnly: false },
      { id: "3", block: "suit_direct", filedOn: "2022-06-01", closedOn: null, result: null, coDefendantOnly: false },
      { id: "4", block: "suit_after_review", filedOn: "2023-03-01", closedOn: "2023-06-01", result: "other", coDefendantOnly: true },
    ];
    const { cells, sources } = deriveTables(gov2021, 2023, [], cases);
    expect(cells["t4.review.upheld"]).toBe(1);
    expect(cells["t4.review.pending"]).toBe(1);
    expect(cells["t4.review.total"]).toBe(2);
    expect(cells["t4.suit_direct.pending"]).toBe(1);
    expect(cells["t4.suit_after_review.total"]).toBe(0);
    expect(sources["t4.review.total"]).toEqual(["1", "2"]);
  });

  it("satisfies I7 on generated cases, and the legacy 四/五 rows L6 and L7", () => {
    const cases = generateCases(mulberry32(3), { count: 400, from: "2016-01-01", to: "2025-12-31" });
    for (const year of [2017, 2019, 2023]) {
      const format = formatForYear(year);
      const { cells } = deriveTables(format, year, [], cases);
      expect(validateCells({ format, cells }).filter((f) => ["I7", "L6", "L7"].includes(f.rule))).toEqual([]);
    }
  });
});
