// A published roll-up's tables as an Excel workbook in the official layout.
import { dataDownload, publishedDownload } from "../../load";

export const GET = publishedDownload("rollup", dataDownload("xlsx"));
