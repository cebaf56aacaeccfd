// The shape of lib/sample/sample-data.json: units and published reports that `npm start`
// loads into an empty database. Each document is checked by the interchange parser, so a
// sample that no longer fits its format fails loudly instead of loading half.
import path from "node:path";
import { z } from "@/lib/zod";
import { ORG_KINDS } from "@/lib/data/orgs";
import { calendarDateSchema } from "@/lib/calendar/date";
import { parseInterchange } from "@/lib/validations/interchange";
import { sectionsSchema } from "@/lib/validations/report";

export const SAMPLE_DATA_FILE = path.resolve(import.meta.dirname, "sample-data.json");

const sampleOrgSchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  /** slug of the parent unit, listed before this one */
  parent: z.string().optional(),
});

const documentSchema = z.unknown().transform((value, context) => {
  const result = parseInterchange(value);
  if (!result.ok) {
    context.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  }
  return result.doc;
});

const sampleReportSchema = z.object({
  /** slug of the unit */
  org: z.string(),
  /** where the published report was read */
  source: z.string().optional(),
  /** the day it was published on (YYYY-MM-DD, in China); left out when the source does not say */
  publishedOn: calendarDateSchema.optional(),
  document: documentSchema,
  sections: sectionsSchema,
});

export const sampleDataSchema = z.object({
  orgs: z.array(sampleOrgSchema),
  reports: z.array(sampleReportSchema),
});

export type SampleData = z.infer<typeof sampleDataSchema>;
export type SampleOrg = z.infer<typeof sampleOrgSchema>;
