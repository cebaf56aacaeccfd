// Reading the register's and the calendar's forms for their schemas.

/** A form field as the schemas expect it: absent when left empty. */
export function formField(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
