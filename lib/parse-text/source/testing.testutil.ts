// Test-only: the project's own .docx export of the sample reports, as a file a person gives back.
import fs from "node:fs";
import { reportDocx } from "@/lib/export/docx";
import { sampleDataSchema, SAMPLE_DATA_FILE } from "@/lib/sample/schema";
import type { InterchangeDocument } from "@/lib/formats/types";

export function sampleDocument(index: number): { document: InterchangeDocument; sections: Record<string, string> } {
  return sampleDataSchema.parse(JSON.parse(fs.readFileSync(SAMPLE_DATA_FILE, "utf8"))).reports[index];
}

/** Sample report `index` (0: 2018 legacy-2014, 1: 2019 gov-2019, 2 and 3: 2021 and 2022 gov-2021) as .docx bytes. */
export async function sampleDocx(index: number): Promise<Uint8Array> {
  const { document, sections } = sampleDocument(index);
  return new Uint8Array(
    await reportDocx({
      format: document.format,
      year: document.year,
      orgName: document.organization,
      scope: "own",
      cells: document.cells,
      sections,
      publishedAt: new Date("2022-02-08T02:00:00Z"),
      revision: 1,
    }),
  );
}
