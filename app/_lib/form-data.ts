// Reading the register's and the calendar's forms for their schemas.
import type { Actor } from "@/lib/auth/actor";
import { ownUnitOf } from "@/lib/permissions";

/** A form field as the schemas expect it: absent when left empty. */
export function formField(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Several fields read as formField reads one. */
export function formFields<Name extends string>(formData: FormData, names: readonly Name[]): Record<Name, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, formField(formData, name)])) as Record<Name, string | undefined>;
}

/** The unit a record goes to: a unit's staff record in their own unit; an admin names it in the form. */
export function recordingUnit(formData: FormData, actor: Actor): string | undefined {
  return ownUnitOf(actor) ?? formField(formData, "orgId");
}
