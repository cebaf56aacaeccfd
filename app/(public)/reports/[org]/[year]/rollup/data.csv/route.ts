// A published roll-up's sums as CSV, one line per cell.
import { csvDownload, publishedDownload } from "../../load";

export const GET = publishedDownload("rollup", csvDownload);
