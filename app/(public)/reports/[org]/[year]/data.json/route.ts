// The published numbers in the interchange format (domain/interchange.md).
import { dataDownload, publishedDownload } from "../load";

export const GET = publishedDownload("own", dataDownload("json"));
