// DOM ids of the editor's fields, so that a finding can move the focus to what it names.
const safe = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, "_");
export const cellInputId = (key: string) => `cell-${safe(key)}`;
export const sectionFieldId = (key: string) => `narrative-${safe(key)}`;
export const sectionAnchorId = (key: string) => `section-${safe(key)}`;
export const findingId = (index: number) => `finding-${index}`;

export function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: "center", behavior: "smooth" });
  element.focus({ preventScroll: true });
}

/** A section's narrative field, or the section itself when it has only a table. */
export function focusSection(key: string) {
  focusField(document.getElementById(sectionFieldId(key)) ? sectionFieldId(key) : sectionAnchorId(key));
}
