// Loads the sample units and their published reports (sample-data.json) through the same
// data functions as everything else, so the sample gets audit entries and revisions too, each
// revision dated the day its report was published.
import fs from "node:fs";
import type { Actor } from "@/lib/auth/actor";
import { createOrg } from "@/lib/data/orgs";
import { importReport } from "@/lib/data/reports";
import { SAMPLE_DATA_FILE, sampleDataSchema, type SampleData } from "@/lib/sample/schema";

export function readSampleData(file = SAMPLE_DATA_FILE): SampleData {
  const parsed = sampleDataSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`示例数据 ${file} 无效：${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

export async function loadSampleData(options: { actor: Actor; data?: SampleData }): Promise<{
  orgs: number;
  reports: number;
  /** "文昌镇 2018", … */
  titles: string[];
}> {
  const data = options.data ?? readSampleData();
  for (const org of data.orgs) {
    await createOrg({ actor: options.actor, slug: org.slug, name: org.name, kind: org.kind, parentSlug: org.parent });
  }
  const names = new Map(data.orgs.map((org) => [org.slug, org.name]));
  for (const report of data.reports) {
    await importReport({
      actor: options.actor,
      orgSlug: report.org,
      doc: report.document,
      sections: report.sections,
      publish: true,
      publishedOn: report.publishedOn,
    });
  }
  return {
    orgs: data.orgs.length,
    reports: data.reports.length,
    titles: data.reports.map((report) => `${names.get(report.org) ?? report.org} ${report.document.year}`),
  };
}
