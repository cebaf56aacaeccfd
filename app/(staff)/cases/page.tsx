import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { listOrgsForActor } from "@/lib/data/orgs";
import { listReviewCases, type ReviewCaseView } from "@/lib/data/register-cases";
import { todayInChina } from "@/lib/register/today";
import { CloseCaseForm, NewCaseForm } from "@/components/register/CaseForms";
import { loadDerivedSource } from "@/lib/data/register-derive";
import { DerivedSourceNotice } from "@/components/register/DerivedSourceNotice";
import { caseVocabulary } from "@/components/register/labels";
import { CASES_PATH } from "@/lib/paths";
import { readSource, type SearchParams } from "@/components/register/query";
import { DataTable } from "@/components/ui/TableScroll";
import { canKeepRegister, ownUnitOf } from "@/lib/permissions";

export const metadata: Metadata = { title: "行政复议和行政诉讼" };

function caseName(c: ReviewCaseView): string {
  return `${c.caseNumber ?? "无案号"}（${c.blockLabel}，${c.filedOn}立案）`;
}

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sourceQuery = readSource(await searchParams);
  const source = sourceQuery ? await loadDerivedSource({ actor, kind: "cases", source: sourceQuery }) : null;
  if (sourceQuery && !source) notFound();
  const orgs = await listOrgsForActor({ actor });
  const ownOrg = orgs.find((o) => o.id === ownUnitOf(actor));
  const all = await listReviewCases({ actor, orgId: source?.orgId });
  const cases = source ? all.filter((c) => source.ids.includes(c.id)) : all;
  const vocabulary = caseVocabulary();
  const mayRecord = canKeepRegister(actor);
  const orgNames = ownOrg ? null : new Map(orgs.map((o) => [o.id, o.name]));
  const today = todayInChina();
  const pending = cases.filter((c) => c.closedOn === null && (!ownOrg || c.orgId === ownOrg.id));

  return (
    <>
      <h1>{ownOrg ? `${ownOrg.name}行政复议和行政诉讼案件` : "行政复议和行政诉讼案件"}</h1>
      <p className="muted">因政府信息公开工作被申请行政复议、提起行政诉讼的案件，是年度报告“{vocabulary.table}”的来源。</p>
      {source && <DerivedSourceNotice source={source} noun="案件" allPath={CASES_PATH} />}
      {cases.length === 0 ? (
        <p>没有登记的案件。</p>
      ) : (
        <DataTable label="案件列表">
          <thead>
            <tr>
              <th scope="col">案号</th>
              {orgNames && <th scope="col">单位</th>}
              <th scope="col">案件类型</th>
              <th scope="col">立案日期</th>
              <th scope="col">审结结果</th>
              <th scope="col">审结日期</th>
              <th scope="col">计入表四</th>
              <th scope="col">备注</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="font-normal">
                  {c.caseNumber ?? <span className="muted">无案号</span>}
                </th>
                {orgNames && <td>{orgNames.get(c.orgId) ?? ""}</td>}
                <td>{c.blockLabel}</td>
                <td>{c.filedOn}</td>
                <td>{c.resultLabel ?? vocabulary.pendingLabel}</td>
                <td>{c.closedOn ?? ""}</td>
                <td>{c.coDefendantOnly ? "否（仅作为复议机关共同被告）" : "是"}</td>
                <td>{c.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {mayRecord && !source && (
        <div className="grid gap-x-4 md:grid-cols-2 no-print">
          <NewCaseForm vocabulary={vocabulary} today={today} orgs={ownOrg ? [] : orgs.map(({ id, name }) => ({ id, name }))} />
          {pending.length > 0 && <CloseCaseForm vocabulary={vocabulary} today={today} cases={pending.map((c) => ({ id: c.id, label: caseName(c) }))} />}
        </div>
      )}
    </>
  );
}
