// 公开渠道: the unit's disclosure channels and what each published in a year. The counts feed
// the legacy table's 一(二) rows (从登记簿生成) and the 平台建设 part of the narrative.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { channelCountsForYear } from "@/lib/data/channels";
import { listOrgsForActor } from "@/lib/data/orgs";
import { canEditReportOf } from "@/lib/permissions";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR, parseReportYear } from "@/lib/formats/report-year";
import { DISCLOSURE_CHANNEL_KINDS } from "@/lib/register/vocabulary";
import { todayInChina } from "@/lib/register/today";
import { ActionForm } from "@/components/ui/ActionForm";
import { SelectField } from "@/components/ui/Field";
import { addChannelItemAction, createChannelAction, setChannelCountAction } from "@/app/_actions/channels";

export const metadata: Metadata = { title: "公开渠道" };

export default async function ChannelsPage({ searchParams }: { searchParams: Promise<{ year?: string; org?: string }> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const orgs = await listOrgsForActor({ actor });
  const org = orgs.find((o) => o.slug === params.org) ?? orgs.find((o) => o.id === actor.orgId) ?? orgs[0];
  if (!org) notFound();
  const today = todayInChina();
  const year = parseReportYear(params.year) ?? Number(today.slice(0, 4));
  const channels = await channelCountsForYear({ actor, orgId: org.id, year });
  const editable = canEditReportOf(actor, org.id);

  return (
    <>
      <h1>{org.name}公开渠道</h1>
      <p className="muted">
        各渠道每年发布政府信息的条数：可以直接填写全年条数，也可以逐条记录发布情况，由系统统计（填写的条数优先）。
        2018年及以前格式的报告中，统计表“一(二) 通过不同渠道和方式公开政府信息的情况”由这些数字生成。
      </p>
      <form method="get" className="panel flex flex-wrap items-end gap-4" aria-label="选择年度">
        {orgs.length > 1 && (
          <SelectField id="channels-org" label="单位" name="org" defaultValue={org.slug} choices={orgs.map((o) => ({ key: o.slug, label: o.name }))} />
        )}
        <div className="field">
          <label htmlFor="channels-year">年度</label>
          <input id="channels-year" name="year" type="number" min={MIN_REPORT_YEAR} max={MAX_REPORT_YEAR} defaultValue={year} className="w-32" />
        </div>
        <button type="submit" className="button">查看</button>
      </form>

      {channels.length === 0 ? (
        <p>还没有登记公开渠道。</p>
      ) : (
        <table className="data-table">
          <caption>{year}年各渠道发布政府信息条数</caption>
          <thead>
            <tr>
              <th scope="col">渠道</th>
              <th scope="col">类型</th>
              <th scope="col">地址</th>
              <th scope="col">条数</th>
              <th scope="col">来源</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((channel) => (
              <tr key={channel.id}>
                <th scope="row">{channel.name}</th>
                <td>{channel.kindLabel}</td>
                <td>{channel.address ?? ""}</td>
                <td className="text-right tabular-nums">{channel.count}</td>
                <td>{channel.source === "typed" ? "填写" : `发布记录（${channel.logged} 条）`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {editable && channels.length > 0 && (
        <section aria-labelledby="channels-record">
          <h2 id="channels-record">填写条数或记录发布</h2>
          {channels.map((channel) => (
            <div key={channel.id} className="panel">
              <h3>{channel.name}</h3>
              <ActionForm action={setChannelCountAction} label={`${channel.name}${year}年条数`} submit="保存条数">
                <input type="hidden" name="channelId" value={channel.id} />
                <input type="hidden" name="year" value={year} />
                <div className="field">
                  <label htmlFor={`count-${channel.id}`}>{year}年全年条数（留空则按发布记录统计）</label>
                  <input id={`count-${channel.id}`} name="count" inputMode="numeric" defaultValue={channel.typed ?? ""} className="w-32" />
                </div>
              </ActionForm>
              <ActionForm action={addChannelItemAction} label={`记录${channel.name}发布的信息`} submit="记录发布">
                <input type="hidden" name="channelId" value={channel.id} />
                <div className="field">
                  <label htmlFor={`item-date-${channel.id}`}>发布日期</label>
                  <input id={`item-date-${channel.id}`} name="publishedOn" type="date" required defaultValue={today} />
                </div>
                <div className="field">
                  <label htmlFor={`item-title-${channel.id}`}>标题</label>
                  <input id={`item-title-${channel.id}`} name="title" required maxLength={500} />
                </div>
              </ActionForm>
            </div>
          ))}
        </section>
      )}

      {editable && (
        <section aria-labelledby="channels-new">
          <h2 id="channels-new">添加公开渠道</h2>
          <ActionForm action={createChannelAction} label="添加公开渠道" submit="添加渠道" className="panel">
            <input type="hidden" name="orgId" value={org.id} />
            <div className="field">
              <label htmlFor="channel-name">渠道名称</label>
              <input id="channel-name" name="name" required maxLength={100} placeholder="如：沙坡头区人民政府网站" />
            </div>
            <SelectField id="channel-kind" label="类型" name="kind" required defaultValue="website" choices={DISCLOSURE_CHANNEL_KINDS} />
            <div className="field">
              <label htmlFor="channel-address">网址或地址</label>
              <input id="channel-address" name="address" maxLength={300} />
            </div>
          </ActionForm>
        </section>
      )}
    </>
  );
}
