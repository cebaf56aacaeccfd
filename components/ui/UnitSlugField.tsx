// 单位 of an upload, sent as the unit's slug (name="org"): a choice when the user may upload for
// several units, the one unit named (and sent as a hidden field) when they may upload for one.
import { SelectField } from "@/components/ui/Field";

export function UnitSlugField({ id, orgs }: { id: string; orgs: readonly { slug: string; name: string }[] }) {
  if (orgs.length === 1) {
    return (
      <p>
        单位：{orgs[0].name}
        <input type="hidden" name="org" value={orgs[0].slug} />
      </p>
    );
  }
  return (
    <SelectField
      id={id}
      label="单位"
      name="org"
      required
      defaultValue=""
      placeholder="请选择单位"
      choices={orgs.map((org) => ({ key: org.slug, label: org.name }))}
    />
  );
}
