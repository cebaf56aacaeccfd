// 年度 and 上级单位 of the tracker (parents: null when there is nothing to choose): a plain GET
// form, so that it works without JavaScript.
import { SelectField } from "@/components/ui/Field";
import { TRACKER_PATH } from "@/lib/paths";
import type { TrackerUnit } from "@/lib/review/tracker";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "@/lib/formats/report-year";

export function TrackerForm({ year, parents, parent }: { year: number; parents: readonly TrackerUnit[] | null; parent?: string }) {
  return (
    <form method="get" action={TRACKER_PATH} className="panel no-print" aria-label="选择年度和单位">
      <div className="flex flex-wrap gap-x-6 items-end">
        <div className="field">
          <label htmlFor="tracker-year">年度</label>
          <input id="tracker-year" name="year" type="number" inputMode="numeric" required min={MIN_REPORT_YEAR} max={MAX_REPORT_YEAR} defaultValue={year} className="w-28" />
        </div>
        {parents && (
          <SelectField
            id="tracker-parent"
            label="上级单位"
            name="parent"
            required
            defaultValue={parent ?? ""}
            placeholder="请选择"
            choices={parents.map((p) => ({ key: p.slug, label: p.name }))}
          />
        )}
        <div className="field">
          <button type="submit" className="button button-primary">
            查看
          </button>
        </div>
      </div>
    </form>
  );
}
