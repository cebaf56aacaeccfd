// Test-only: the project's own .docx export of the sample reports, as a file a person gives back.
import { reportDocx } from "@/lib/export/docx";
import { sampleReport, samples } from "@/lib/export/sample-report.testutil";

export const sampleDocument = (index: number) => samples[index];

/** Sample report `index` (0: 2018 legacy-2014, 1: 2019 gov-2019, 2 and 3: 2021 and 2022 gov-2021) as .docx bytes. */
export async function sampleDocx(index: number): Promise<Uint8Array> {
  return new Uint8Array(await reportDocx(sampleReport(index)));
}
