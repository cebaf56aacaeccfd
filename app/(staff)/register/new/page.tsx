import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { listOrgsForActor } from "@/lib/data/orgs";
import { todayInChina } from "@/lib/register/today";
import { NewRequestForm } from "@/components/register/NewRequestForm";
import { REGISTER_PATH } from "@/lib/paths";
import { canKeepRegister, ownUnitOf } from "@/lib/permissions";

export const metadata: Metadata = { title: "登记新申请" };

export default async function NewRequestPage() {
  const actor = await requireActor();
  // Reviewers read registers; they do not keep them. The action checks again.
  if (!canKeepRegister(actor)) notFound();
  // A unit's staff record in their own unit; an admin names the unit in the form.
  const orgs = ownUnitOf(actor) === null ? await listOrgsForActor({ actor }) : [];
  return (
    <>
      <p className="no-print">
        <Link href={REGISTER_PATH}>← 返回登记簿</Link>
      </p>
      <h1>登记新申请</h1>
      <p className="muted">编号按收到年度自动生成。登记后可在申请页面记录补正、延长、办结等办理环节。</p>
      <NewRequestForm today={todayInChina()} orgs={orgs.map(({ id, name }) => ({ id, name }))} />
    </>
  );
}
