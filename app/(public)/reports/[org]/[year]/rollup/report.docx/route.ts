// A published roll-up as a Word document.
import { publishedDownload } from "../../load";
import { officeDownload } from "../../office";

export const GET = publishedDownload("rollup", officeDownload("docx"));
