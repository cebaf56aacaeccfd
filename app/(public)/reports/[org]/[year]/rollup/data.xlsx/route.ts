// A published roll-up's tables as an Excel workbook in the official layout.
import { publishedDownload } from "../../load";
import { officeDownload } from "../../office";

export const GET = publishedDownload("rollup", officeDownload("xlsx"));
