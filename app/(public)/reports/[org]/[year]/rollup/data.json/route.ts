// A published roll-up's sums in the interchange format.
import { dataDownload, publishedDownload } from "../../load";

export const GET = publishedDownload("rollup", dataDownload("json"));
