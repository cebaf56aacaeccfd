// The published numbers in the interchange format (domain/interchange.md).
import { jsonDownload, publishedDownload } from "../load";

export const GET = publishedDownload("own", jsonDownload);
