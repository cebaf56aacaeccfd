// A published roll-up's sums in the interchange format.
import { jsonDownload, publishedDownload } from "../../load";

export const GET = publishedDownload("rollup", jsonDownload);
