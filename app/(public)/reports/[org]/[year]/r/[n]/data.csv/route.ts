// Revision n's own numbers as data.csv, at its permanent address: they never change.
import { revisionDownload } from "../../../load";

export const GET = revisionDownload("csv");
