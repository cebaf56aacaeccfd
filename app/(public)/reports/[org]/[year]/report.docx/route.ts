// The published report as a Word document: title, narrative and tables on A4.
import { publishedDownload } from "../load";
import { officeDownload } from "../office";

export const GET = publishedDownload("own", officeDownload("docx"));
