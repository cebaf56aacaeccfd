// The published tables as an Excel workbook in the official layout, one sheet per table.
import { dataDownload, publishedDownload } from "../load";

export const GET = publishedDownload("own", dataDownload("xlsx"));
