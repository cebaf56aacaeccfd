import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { getFormat } from "@/lib/formats";
import { createReport, getReportForActor, importReport, saveReport, startCorrection, submitReport } from "@/lib/data/reports";
import { getSimilarSections, loadComparedTexts } from "@/lib/data/similarity";
import { consistentCells, makeActor, makeCounty, makeOrg } from "@/lib/data/test-factories";

/** A 五、问题 text long enough to compare; `year` and `unit` change what boilerplate removal takes out. */
const problems = (year: number, unit: string) =>
  `${year}年，${unit}政府信息公开工作取得了一定成效，但仍存在一些问题：一是政策解读形式单一，未能充分运用图表图解等方式解读政策文件；二是政务新媒体更新不够及时，互动回应不足；三是工作人员身兼数职，业务培训不够。\n${year + 1}年，${unit}将丰富政策解读形式，加强政务新媒体管理，定期开展业务培训。`;

const doc = (year: number, unit: string) => ({ format: "gov-2021" as const, year, organization: unit, cells: consistentCells() });

describe("内容雷同 on the database: what a report is compared with", () => {
  it("compares with the unit's earlier years (published revision, else working copy) and finds the text pasted again", async () => {
    const { town, staff } = await makeCounty();
    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: doc(2023, "甲镇"), sections: { problems: problems(2023, "甲镇") }, publish: true });
    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: doc(2024, "甲镇"), sections: { problems: "二〇二四年的问题完全是另外一回事，与往年不同：档案整理滞后，依申请公开答复期限管理需要加强，网站栏目设置不合理，需要重新规划。" } });
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2025 });
    const draft = await getReportForActor({ actor: staff, reportId: id });
    await saveReport({ actor: staff, reportId: id, version: draft!.version, cells: {}, sections: { problems: problems(2025, "甲镇人民政府") } });

    const texts = await loadComparedTexts({ actor: staff, reportId: id });
    expect(texts?.compared.map((t) => [t.relation, t.year, t.source])).toEqual([
      ["earlier", 2024, { kind: "working" }],
      ["earlier", 2023, { kind: "published", revision: 1 }],
    ]);
    const similar = await getSimilarSections({ actor: staff, reportId: id, format: getFormat("gov-2021") });
    expect(similar?.sections.map((s) => [s.section.key, s.matches.map((m) => [m.other.year, m.percent])])).toEqual([["problems", [[2023, 100]]]]);
    expect(similar?.sections[0].matches[0].shared[0]).toEqual({
      mine: "2025年，甲镇人民政府政府信息公开工作取得了一定成效，但仍存在一些问题：一是政策解读形式单一，未能充分运用图表图解等方式解读政策文件",
      theirs: "2023年，甲镇政府信息公开工作取得了一定成效，但仍存在一些问题：一是政策解读形式单一，未能充分运用图表图解等方式解读政策文件",
    });
  });

  it("shows staff only sibling units' published revisions, never a sibling's draft or submitted report; reviewers also see submitted ones", async () => {
    const { town, other, county, staff, otherStaff, reviewer } = await makeCounty();
    // 乙镇 published revision 1, then started a correction whose draft text must not leak.
    const { reportId: otherId } = await importReport({ actor: CLI_ACTOR, orgSlug: other.slug, doc: doc(2025, "乙镇"), sections: { problems: problems(2025, "乙镇") }, publish: true });
    const published = await getReportForActor({ actor: otherStaff, reportId: otherId });
    const correcting = await startCorrection({ actor: otherStaff, reportId: otherId, version: published!.version, reason: "更正" });
    await saveReport({ actor: otherStaff, reportId: otherId, version: correcting.version, cells: {}, sections: { problems: "更正中的草稿文字，不应给其他单位看到。".repeat(3) } });
    // 丙镇 submitted, not published; 丁镇 a draft, seen by nobody but its staff.
    const third = await makeTown(county.slug, "丙镇");
    await submitted(third, problems(2025, "丙镇"));
    const fourth = await makeTown(county.slug, "丁镇");
    await draftOf(fourth, problems(2025, "丁镇"));

    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2025 });
    const draft = await getReportForActor({ actor: staff, reportId: id });
    await saveReport({ actor: staff, reportId: id, version: draft!.version, cells: {}, sections: { problems: problems(2025, "甲镇") } });

    const forStaff = await loadComparedTexts({ actor: staff, reportId: id });
    expect(forStaff?.compared.map((t) => [t.orgName, t.source])).toEqual([["乙镇", { kind: "published", revision: 1 }]]);
    expect(forStaff?.compared[0].sections.problems).toBe(problems(2025, "乙镇"));

    const forReviewer = await loadComparedTexts({ actor: reviewer, reportId: id });
    expect(forReviewer?.compared.map((t) => [t.orgName, t.source])).toEqual([
      ["丙镇", { kind: "submitted" }],
      ["乙镇", { kind: "published", revision: 1 }],
    ]);
    const similar = await getSimilarSections({ actor: reviewer, reportId: id, format: getFormat("gov-2021") });
    expect(similar?.sections[0].matches.map((m) => [m.other.orgName, m.percent])).toEqual([
      ["丙镇", 100],
      ["乙镇", 100],
    ]);
    expect(await loadComparedTexts({ actor: otherStaff, reportId: id })).toBeNull();
  });
});

async function makeTown(countySlug: string, name: string) {
  const org = await makeOrg({ name, parentSlug: countySlug });
  const staff = await makeActor({ role: "staff", orgSlug: org.slug, orgId: org.id });
  return { org, staff };
}

async function draftOf(town: Awaited<ReturnType<typeof makeTown>>, text: string) {
  const { id } = await createReport({ actor: town.staff, orgId: town.org.id, year: 2025 });
  const draft = await getReportForActor({ actor: town.staff, reportId: id });
  const saved = await saveReport({ actor: town.staff, reportId: id, version: draft!.version, cells: consistentCells(), sections: { problems: text } });
  return { id, version: saved.version };
}

async function submitted(town: Awaited<ReturnType<typeof makeTown>>, text: string) {
  const { id, version } = await draftOf(town, text);
  await submitReport({ actor: town.staff, reportId: id, version });
}
