import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { listOrgsForActor } from "@/lib/data/orgs";
import { lateCountsByYear, listRequests } from "@/lib/data/register";
import { RequestFilterForm } from "@/components/register/RequestFilterForm";
import { RequestTable } from "@/components/register/RequestTable";
import { LateCountsTable } from "@/components/register/LateCountsTable";
import { loadDerivedSource } from "@/lib/data/register-derive";
import { DerivedSourceNotice } from "@/components/register/DerivedSourceNotice";
import { IMPORT_REGISTER_PATH, NEW_REQUEST_PATH, REGISTER_PATH, registerExportPath } from "@/lib/paths";
import { PAGE_SIZE, readRegisterQuery, registerQueryString, type SearchParams } from "@/components/register/query";
import { canKeepRegister, ownUnitOf } from "@/lib/permissions";

export const metadata: Metadata = { title: "依申请公开登记" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const query = readRegisterQuery(await searchParams);
  const orgs = await listOrgsForActor({ actor });
  const ownOrg = orgs.find((o) => o.id === ownUnitOf(actor));
  const chosenOrg = ownOrg ?? (query.org ? orgs.find((o) => o.slug === query.org) : undefined);
  if (query.org && !chosenOrg) notFound();
  const source = query.source ? await loadDerivedSource({ actor, kind: "requests", source: query.source }) : null;
  if (query.source && !source) notFound();

  const { items, total, today } = await listRequests({
    actor,
    orgId: source?.orgId ?? chosenOrg?.id,
    filters: source ? { ids: source.ids } : query.filters,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  const lateCounts = source ? [] : await lateCountsByYear({ actor, orgId: chosenOrg?.id, today });
  const mayRecord = canKeepRegister(actor);
  const orgNames = chosenOrg || source ? undefined : new Map(orgs.map((o) => [o.id, o.name]));
  const first = total === 0 ? 0 : (query.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, query.page * PAGE_SIZE);

  return (
    <>
      <h1>{ownOrg ? `${ownOrg.name}依申请公开登记` : "依申请公开登记"}</h1>
      <p className="actions-row no-print">
        {mayRecord && (
          <Link href={NEW_REQUEST_PATH} className="button button-primary">
            登记新申请
          </Link>
        )}
        {mayRecord && <Link href={IMPORT_REGISTER_PATH}>从表格导入</Link>}
        {chosenOrg ? (
          <a href={registerExportPath(chosenOrg.slug, query.filters.year)} download>
            导出 CSV<span className="sr-only">（{chosenOrg.name}{query.filters.year ? `，${query.filters.year}年收到的申请` : ""}，不含申请人信息）</span>
          </a>
        ) : (
          <span className="muted">选择单位后可导出 CSV。</span>
        )}
      </p>
      {source ? (
        <DerivedSourceNotice source={source} noun="申请" allPath={REGISTER_PATH} />
      ) : (
        <RequestFilterForm query={query} orgs={ownOrg ? [] : orgs} />
      )}
      <p>
        {total === 0 ? "没有符合条件的申请。" : `共 ${total} 件，显示第 ${first}–${last} 件。`}
        <span className="muted">今天是 {today}；期满日按工作日计算，收到当日不计入。</span>
      </p>
      {items.length > 0 && <RequestTable items={items} caption={source ? "来源申请" : "申请列表"} orgNames={orgNames} />}
      {total > PAGE_SIZE && (
        <nav aria-label="分页" className="actions-row">
          {query.page > 1 && <Link href={`${REGISTER_PATH}${registerQueryString(query, query.page - 1)}`}>上一页</Link>}
          <span>
            第 {query.page} 页，共 {Math.ceil(total / PAGE_SIZE)} 页
          </span>
          {last < total && <Link href={`${REGISTER_PATH}${registerQueryString(query, query.page + 1)}`}>下一页</Link>}
        </nav>
      )}
      {lateCounts.length > 0 && (
        <LateCountsTable
          counts={lateCounts}
          hrefOf={(year, mark) => `${REGISTER_PATH}${registerQueryString({ org: query.org, page: 1, filters: { year, ...(mark === "late" ? { answeredLate: true } : { overdue: true }) } }, 1)}`}
        />
      )}
    </>
  );
}
