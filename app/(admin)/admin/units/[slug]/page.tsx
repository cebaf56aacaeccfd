// One unit: 修改名称 and 调整上级单位 (never under itself or a unit below it). Admins only.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canManageUnits } from "@/lib/permissions";
import { listOrgTree } from "@/lib/data/orgs";
import { subtreeIds } from "@/lib/data/org-tree";
import { MoveUnitForm, RenameUnitForm } from "@/components/admin/UnitForms";
import { unitChoices } from "@/components/admin/unit-choices";
import { ADMIN_UNITS_PATH } from "@/lib/paths";

export const metadata: Metadata = { title: "修改单位" };

export default async function UnitPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActor();
  if (!canManageUnits(actor)) notFound();
  const { slug } = await params;
  const units = await listOrgTree({ actor });
  const unit = units.find((candidate) => candidate.slug === slug);
  if (!unit) notFound();
  const ownSubtree = subtreeIds(units, unit.id);
  const parents = units.filter((candidate) => !ownSubtree.has(candidate.id));
  const below = ownSubtree.size - 1;

  return (
    <>
      <p>
        <Link href={ADMIN_UNITS_PATH}>← 单位管理</Link>
      </p>
      <h1>{unit.name}</h1>
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">标识</dt>
        <dd>
          <code>{unit.slug}</code>
          <span className="muted">（已发布报告的网址：/reports/{unit.slug}/年度）</span>
        </dd>
        <dt className="font-semibold">单位类型</dt>
        <dd>{unit.kindLabel}</dd>
        <dt className="font-semibold">上级单位</dt>
        <dd>{unit.parentName ?? "无"}</dd>
        <dt className="font-semibold">下级单位</dt>
        <dd>{below} 个</dd>
        <dt className="font-semibold">账号</dt>
        <dd>{unit.accounts} 个</dd>
      </dl>
      <div className="grid gap-x-4 lg:grid-cols-2">
        <RenameUnitForm slug={unit.slug} name={unit.name} />
        <MoveUnitForm slug={unit.slug} parentSlug={unit.parentSlug} parents={unitChoices(parents)} />
      </div>
    </>
  );
}
