// 公开指南: the unit's 政府信息公开指南, kept by its staff (admins for any unit); reviewers
// read it. Its 公开目录 is the unit's 公开渠道, kept on their own page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { listChannels } from "@/lib/data/channels";
import { getGuideForStaff } from "@/lib/data/guides";
import { listOrgsForActor } from "@/lib/data/orgs";
import { formatDateTime } from "@/lib/display-dates";
import { guideFormValues } from "@/lib/guide/law";
import { canEditReportOf } from "@/lib/permissions";
import { channelsPath, publicGuidePath, UNIT_GUIDE_PATH } from "@/lib/paths";
import { todayInChina } from "@/lib/register/today";
import { SelectField } from "@/components/ui/Field";
import { GuideForm } from "@/components/guide/GuideForm";

export const metadata: Metadata = { title: "公开指南" };

export default async function UnitGuidePage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const orgs = await listOrgsForActor({ actor });
  const org = orgs.find((o) => o.slug === params.org) ?? orgs.find((o) => o.id === actor.orgId) ?? orgs[0];
  if (!org) notFound();
  const [guide, channels] = await Promise.all([getGuideForStaff({ actor, orgId: org.id }), listChannels({ actor, orgId: org.id })]);
  const editable = canEditReportOf(actor, org.id);

  return (
    <>
      <h1>{org.name}政府信息公开指南</h1>
      <p className="muted">
        政府信息公开指南向公众说明本单位政府信息公开工作机构的名称、办公地址、办公时间和联系方式，以及申请获取政府信息的渠道、收费和救济途径；
        保存后即显示在公开页面上，公开目录列出本单位的公开渠道。
      </p>
      {orgs.length > 1 && (
        <form method="get" action={UNIT_GUIDE_PATH} className="panel flex flex-wrap items-end gap-4" aria-label="选择单位">
          <SelectField id="guide-org-choice" label="单位" name="org" defaultValue={org.slug} choices={orgs.map((o) => ({ key: o.slug, label: o.name }))} />
          <button type="submit" className="button">
            查看
          </button>
        </form>
      )}
      <ul className="actions-row list-none p-0">
        <li>
          <a href={publicGuidePath(org.slug)}>查看公开页面</a>
        </li>
        <li>
          <a href={channelsPath(org.slug, Number(todayInChina().slice(0, 4)))}>管理公开渠道（公开目录，现有 {channels.length} 个）</a>
        </li>
      </ul>
      <p>{guide ? `最后保存：${formatDateTime(guide.updatedAt)}（第 ${guide.version} 版）` : "本单位尚未填写公开指南：公开页面目前只显示依据法规的通用内容。"}</p>
      {editable ? (
        <GuideForm orgId={org.id} version={guide?.version ?? 0} values={guideFormValues(guide)} />
      ) : (
        <p className="notice notice-info">公开指南由本单位填报人员填写；您可以查看公开页面，不能修改。</p>
      )}
    </>
  );
}
