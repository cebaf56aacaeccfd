// The published numbers as CSV, one line per cell.
import { csvDownload, publishedDownload } from "../load";

export const GET = publishedDownload("own", csvDownload);
