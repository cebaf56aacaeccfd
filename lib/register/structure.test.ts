import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/formats";
import { applicantTypes, caseShape, legacyShape, outcomeFormatFor, outcomeMapping, outcomeOptions, requestsShape } from "@/lib/register/structure";

describe("the register's view of the formats, found from their identities", () => {
  it("finds 表三's structural rows and applicant columns from I1–I3", () => {
    const shape = requestsShape(getFormat("gov-2021"))!;
    expect([shape.newRow, shape.carriedInRow, shape.totalRow, shape.carriedOutRow, shape.totalColumn]).toEqual(["new", "carried_in", "total", "carried_out", "total"]);
    expect(applicantTypes().map((c) => `${c.key}=${c.label}`)).toEqual([
      "natural=自然人",
      "business=商业企业",
      "research=科研机构",
      "nonprofit=社会公益组织",
      "legal=法律服务机构",
      "other=其他",
    ]);
    expect(shape.outcomeRows).toHaveLength(21);
    expect(shape.outcomeRows[3]).toMatchObject({ key: "refused_law", label: "（三）不予公开 2.其他法律行政法规禁止公开" });
    expect(outcomeOptions(getFormat("gov-2019")).at(-1)).toMatchObject({ key: "other", label: "（六）其他处理" });
  });

  it("finds 表四's blocks, results and 尚未审结 from I7", () => {
    const shape = caseShape();
    expect(shape.blocks.map((b) => b.key)).toEqual(["review", "suit_direct", "suit_after_review"]);
    expect(shape.resultColumns.map((c) => c.label)).toEqual(["结果维持", "结果纠正", "其他结果"]);
    expect(shape.pendingColumn).toBe("pending");
  });

  it("finds the legacy rows from L1–L7, channels by the words of their labels", () => {
    const shape = legacyShape(getFormat("legacy-2014"))!;
    expect(shape.receivedByChannel).toEqual({
      in_person: "t1.req_in_person.value",
      post: "t1.req_letter.value",
      online: "t1.req_online.value",
      fax: "t1.req_fax.value",
      // 其他 has no row of its own: counted with 信函 (lib/register/vocabulary.ts says why)
      other: "t1.req_letter.value",
    });
    expect(shape.answerLeaves.map((l) => l.key)).toContain("refused_privacy");
    expect(shape.answerLeaves.map((l) => l.key)).not.toContain("ans_refused");
    expect(requestsShape(getFormat("legacy-2014"))).toBeNull();
  });

  it("counts a request in the format of the year it closed in", () => {
    expect(outcomeFormatFor("2018-12-31").id).toBe("legacy-2014");
    expect(outcomeFormatFor("2020-06-01").id).toBe("gov-2019");
    expect(outcomeFormatFor("2021-01-01").id).toBe("gov-2021");
  });

  it("maps outcomes between the 2019 and 2021 tables but never across to the legacy table", () => {
    expect(outcomeMapping(getFormat("gov-2021"), getFormat("gov-2019")).get("other_no_fee")).toBe("other");
    expect(outcomeMapping(getFormat("gov-2019"), getFormat("gov-2021")).get("other")).toBe("other_misc");
    expect(outcomeMapping(getFormat("legacy-2014"), getFormat("gov-2021")).size).toBe(0);
  });
});
