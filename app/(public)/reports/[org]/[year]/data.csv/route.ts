// The published numbers as CSV, one line per cell.
import { dataDownload, publishedDownload } from "../load";

export const GET = publishedDownload("own", dataDownload("csv"));
