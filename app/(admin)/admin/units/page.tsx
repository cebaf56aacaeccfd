// 单位管理: the tree of units with their accounts, and 新建单位. Admins only; everyone else is
// told the page does not exist.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canManageUnits } from "@/lib/permissions";
import { listOrgTree, ORG_KIND_LABELS, ORG_KINDS } from "@/lib/data/orgs";
import { NewUnitForm } from "@/components/admin/UnitForms";
import { unitChoices } from "@/components/admin/unit-choices";
import { DataTable } from "@/components/ui/TableScroll";
import { adminUnitPath } from "@/lib/paths";

export const metadata: Metadata = { title: "单位管理" };

// A unit's name is indented by its depth in the tree with classes, not a style attribute
// (the Content-Security-Policy refuses inline styles); deeper levels keep the last indent.
const INDENTS = ["pl-2", "pl-8", "pl-14", "pl-20", "pl-26", "pl-32"] as const;

function indentOf(depth: number): string {
  return INDENTS[Math.min(Math.max(depth, 0), INDENTS.length - 1)];
}

export default async function UnitsPage() {
  const actor = await requireActor();
  if (!canManageUnits(actor)) notFound();
  const units = await listOrgTree({ actor });

  return (
    <>
      <h1>单位管理</h1>
      <p className="muted">按上下级排列。点击单位名称可以修改名称或调整上级单位；标识用在已发布报告的网址中，建立后不能修改。</p>
      {units.length === 0 ? (
        <p>还没有单位。请在下方新建。</p>
      ) : (
        <DataTable label="单位" caption={`全部单位（${units.length} 个）`} nowrap>
          <thead>
            <tr>
              <th scope="col">单位名称</th>
              <th scope="col">标识</th>
              <th scope="col">单位类型</th>
              <th scope="col">上级单位</th>
              <th scope="col" className="text-right">
                账号数
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.id}>
                <th scope="row" className={`font-normal ${indentOf(unit.depth)}`}>
                  <Link href={adminUnitPath(unit.slug)}>{unit.name}</Link>
                </th>
                <td>
                  <code>{unit.slug}</code>
                </td>
                <td>{unit.kindLabel}</td>
                <td>{unit.parentName ?? <span className="muted">无</span>}</td>
                <td className="text-right tabular-nums">{unit.accounts}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <NewUnitForm parents={unitChoices(units)} kinds={ORG_KINDS.map((kind) => ({ key: kind, label: ORG_KIND_LABELS[kind] }))} />
    </>
  );
}
