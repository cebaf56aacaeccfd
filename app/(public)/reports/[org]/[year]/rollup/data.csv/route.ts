// A published roll-up's sums as CSV, one line per cell.
import { dataDownload, publishedDownload } from "../../load";

export const GET = publishedDownload("rollup", dataDownload("csv"));
