import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { listOrgsForActor } from "@/lib/data/orgs";
import { CHANNELS } from "@/lib/register/vocabulary";
import { applicantTypeList } from "@/lib/register/labels";
import { REGISTER_COLUMNS } from "@/lib/register/import";
import { ImportForm } from "@/components/register/ImportForm";
import { REGISTER_PATH } from "@/lib/paths";
import { canKeepRegister, ownUnitOf } from "@/lib/permissions";

export const metadata: Metadata = { title: "导入登记簿" };

export default async function ImportRegisterPage() {
  const actor = await requireActor();
  if (!canKeepRegister(actor)) notFound();
  const orgs = await listOrgsForActor({ actor });
  const ownUnit = ownUnitOf(actor);
  const targets = ownUnit === null ? orgs : orgs.filter((o) => o.id === ownUnit);
  if (targets.length === 0) notFound();
  return (
    <>
      <p className="no-print">
        <Link href={REGISTER_PATH}>← 返回登记簿</Link>
      </p>
      <h1>从表格导入登记簿</h1>
      <p>
        第一行为表头，包含以下各列：{Object.values(REGISTER_COLUMNS).join("、")}。日期写作 YYYY-MM-DD；渠道为 {CHANNELS.map((c) => c.label).join("、")}
        之一；申请人类型为 {applicantTypeList()} 之一（可只写 › 后的名称）；尚未办结的申请，办结日期和办理结果留空；办理结果可写表三中的名称（如“（一）予以公开”）或代码（如 granted）。本系统导出的 CSV 可以直接导入。
      </p>
      <ImportForm orgs={targets.map(({ slug, name }) => ({ slug, name }))} />
    </>
  );
}
