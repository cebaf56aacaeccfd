import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { canReview } from "@/lib/permissions";
import { isAppError } from "@/lib/errors";
import { getFormat } from "@/lib/formats";
import { computeRollup, findRollupReport, type Rollup } from "@/lib/data/rollups";
import { listTrackerParents } from "@/lib/data/tracker";
import { rollupChoiceSchema, type RollupChoice } from "@/lib/validations/rollup";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "@/lib/formats/report-year";
import { ReportTable } from "@/components/report/ReportTable";
import { RollupSummary } from "@/components/report/RollupSummary";
import { StatusBadge } from "@/components/report/status";
import { reportTitle } from "@/lib/report/title";
import { ActionForm } from "@/components/ui/ActionForm";
import { SelectField } from "@/components/ui/Field";
import { buildRollupAction } from "@/app/_actions/rollups";
import { rollupWorkbookPath, workPath } from "@/lib/paths";

export const metadata: Metadata = { title: "汇总" };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function ChoiceForm({ parents, choice, year }: { parents: { slug: string; name: string }[]; choice: RollupChoice | null; year: number }) {
  return (
    <form method="get" aria-label="选择汇总范围" className="filter-form">
      <SelectField
        id="rollup-parent"
        label="上级单位"
        name="parent"
        defaultValue={choice?.parent ?? parents[0]?.slug}
        choices={parents.map((p) => ({ key: p.slug, label: p.name }))}
      />
      <div className="field">
        <label htmlFor="rollup-year">年度</label>
        <input id="rollup-year" name="year" type="number" min={MIN_REPORT_YEAR} max={MAX_REPORT_YEAR} defaultValue={year} required />
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="submitted" value="1" defaultChecked={choice?.submitted} /> 计入已提交、尚未发布的报告
        </label>
        <label>
          <input type="checkbox" name="own" value="1" defaultChecked={choice?.own} /> 计入上级单位的本级报告
        </label>
      </div>
      <button type="submit" className="button">
        查看汇总
      </button>
    </form>
  );
}

async function RollupResult({ actor, rollup, choice }: { actor: Actor; rollup: Rollup; choice: RollupChoice }) {
  const existing = await findRollupReport({ actor, parentId: rollup.parent.id, year: rollup.year });
  const format = getFormat(rollup.format);
  const editable = !existing || existing.status === "draft" || existing.status === "returned";
  return (
    <>
      <h2>{reportTitle(rollup.parent.name, rollup.year, "rollup")}</h2>
      <p className="report-meta">
        格式：{format.source}
        {existing && (
          <>
            　汇总报告：<StatusBadge status={existing.status} />　<Link href={workPath(existing.id)}>打开汇总报告</Link>
          </>
        )}
      </p>
      <RollupSummary rollup={rollup} headingLevel={3} />
      <div className="flex flex-wrap items-start gap-4 no-print">
        {editable ? (
          <ActionForm action={buildRollupAction} label="生成汇总报告" submit={existing ? "用当前数字重新汇总" : "生成汇总报告"}>
            <input type="hidden" name="parent" value={choice.parent} />
            <input type="hidden" name="year" value={choice.year} />
            {choice.submitted && <input type="hidden" name="submitted" value="1" />}
            {choice.own && <input type="hidden" name="own" value="1" />}
            <p className="muted text-sm">汇总报告是{rollup.parent.name}的一份年度报告：数字取自下列汇总，文字部分由审核人员填写，提交审核、发布后公开。</p>
          </ActionForm>
        ) : (
          <p className="notice notice-info">汇总报告已提交或已发布；要按新的数字汇总，请先在汇总报告页面更正。</p>
        )}
        <p>
          <a className="button" href={rollupWorkbookPath({ parent: choice.parent, year: choice.year, submitted: choice.submitted, own: choice.own })} download>
            下载逐单位明细和汇总（XLSX）
          </a>
        </p>
      </div>
      {format.tables.map((table) => (
        <ReportTable key={table.id} table={table} cells={rollup.cells} blanks={rollup.blanks} />
      ))}
    </>
  );
}

export default async function RollupPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!canReview(actor)) notFound();
  const query = await searchParams;
  // The units a reviewer follows in the tracker are the ones with units below them to sum.
  const parents = await listTrackerParents({ actor });
  const parsed = rollupChoiceSchema.safeParse({ parent: first(query.parent), year: first(query.year), submitted: first(query.submitted), own: first(query.own) });
  const choice = parsed.success ? parsed.data : null;
  const year = choice?.year ?? new Date().getFullYear() - 1;
  const parent = choice ? parents.find((p) => p.slug === choice.parent) : undefined;

  let rollup: Rollup | null = null;
  let problem: string | null = null;
  if (choice && !parent) problem = "未找到该单位，或您无权汇总该单位。";
  if (choice && parent) {
    try {
      rollup = await computeRollup({ actor, parentId: parent.id, year: choice.year, includeSubmitted: choice.submitted, includeOwn: choice.own });
    } catch (error) {
      if (!isAppError(error)) throw error;
      problem = error.message;
    }
  }

  return (
    <>
      <h1>汇总年度报告</h1>
      <p>将上级单位以下各单位（含各级下属单位，每个单位只计一次）该年度的报告逐个单元格相加，生成上级单位的汇总报告。</p>
      {parents.length === 0 ? (
        <p>您可以查看的单位都没有下属单位，无需汇总。</p>
      ) : (
        <ChoiceForm parents={parents} choice={choice} year={year} />
      )}
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      {rollup && choice && <RollupResult actor={actor} rollup={rollup} choice={choice} />}
    </>
  );
}
