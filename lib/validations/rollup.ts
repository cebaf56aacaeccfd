// The roll-up's choices: which parent, which year, and what it counts. One schema for the page's
// query, the build action and the workbook download.
import { z } from "@/lib/zod";
import { reportYearSchema } from "@/lib/validations/report";

/** A checkbox or query flag: "1"/"on"/"true" is set, anything else (or absent) is not. */
const flag = z
  .union([z.string(), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "1" || value === "on" || value === "true");

export const rollupChoiceSchema = z.object({
  parent: z.string({ error: "请选择上级单位" }).trim().min(1, { error: "请选择上级单位" }).max(200),
  year: reportYearSchema,
  submitted: flag,
  own: flag,
});
export type RollupChoice = z.output<typeof rollupChoiceSchema>;

export const buildRollupSchema = rollupChoiceSchema;
