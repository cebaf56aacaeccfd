// Units as the options of a select, indented by their depth in the tree.
import type { Choice } from "@/components/ui/Field";

export function unitChoices(units: readonly { slug: string; name: string; depth: number }[]): Choice[] {
  return units.map((unit) => ({ key: unit.slug, label: `${"\u3000".repeat(unit.depth)}${unit.name}` }));
}
