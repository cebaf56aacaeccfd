// A file too large for the server is refused in the browser, before the upload: a request body
// over the server actions' limit would end in an error page instead of a message.
import { fileTooLarge } from "@/lib/uploads/limits";

/** Why the file chosen in the form's `file` field is too large to send, or null. */
export function chosenFileTooLarge(form: HTMLFormElement, limit?: number): string | null {
  const file = new FormData(form).get("file");
  return file instanceof File ? fileTooLarge(file.size, limit) : null;
}
