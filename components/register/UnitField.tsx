// 单位: asked only of those who record in any unit (an admin); a unit's staff record in their
// own, and orgs is empty for them.
import { SelectField } from "@/components/ui/Field";

export function UnitField({ id, orgs, error }: { id: string; orgs: readonly { id: string; name: string }[]; error?: string }) {
  if (orgs.length === 0) return null;
  return (
    <SelectField
      id={id}
      label="单位"
      error={error}
      name="orgId"
      required
      defaultValue=""
      placeholder="请选择单位"
      choices={orgs.map((org) => ({ key: org.id, label: org.name }))}
    />
  );
}
