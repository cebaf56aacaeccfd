// The published tables as an Excel workbook in the official layout, one sheet per table.
import { publishedDownload } from "../load";
import { officeDownload } from "../office";

export const GET = publishedDownload("own", officeDownload("xlsx"));
