// A unit's 政府信息公开指南 and 公开目录 as one public page, in the order of a published 指南:
// the 工作机构 and how to reach it, 主动公开, 依申请公开 (channels, the 网上申请 form, what a
// request contains, the day it counts as received, periods), fees, remedies, then the
// 公开目录 of the unit's channels. A unit that has written nothing sees the law's wording,
// said to be such, and no address or number it did not give. Pure server markup.
import type { ReactNode } from "react";
import type { PublicGuide } from "@/lib/data/guides";
import { formatDate, isoDate } from "@/lib/display-dates";
import {
  ACTIVE_DISCLOSURE_MEANS,
  ACTIVE_DISCLOSURE_PERIOD,
  APPLICATION_CONTENTS,
  APPLICATION_FORM,
  CORRECTION,
  GUIDE_BASIS,
  GUIDE_DEFAULTS,
  REGULATION,
  REPLY_PERIOD,
  receiptRules,
  type GuideLegalField,
  type LegalText,
} from "@/lib/guide/law";
import { APPLY_STATUS_PATH, applyPath, publicUnitPath } from "@/lib/paths";
import { DataTable } from "@/components/ui/TableScroll";
import { GUIDE_CONTACT_FIELDS } from "@/lib/guide/fields";

function Paragraphs({ text }: { text: string }) {
  return text
    .split(/\n+/)
    .filter((line) => line.trim() !== "")
    .map((line, i) => <p key={i}>{line}</p>);
}

function Law({ text }: { text: LegalText }) {
  return (
    <p>
      {text.text}（{text.basis}）
    </p>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id} className="report-section-heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A text the unit may rewrite: its own, or the law's (marked as such while the unit has no guide). */
function UnitText({ guide, field }: { guide: PublicGuide["guide"]; field: GuideLegalField }) {
  const own = guide?.[field] ?? null;
  return (
    <>
      {!guide && <p className="guide-default-mark">以下为依据{REGULATION}的通用内容：</p>}
      <Paragraphs text={own ?? GUIDE_DEFAULTS[field]} />
    </>
  );
}

/** An address that is a web address becomes a link; anything else (a 公示栏's place) stays text. */
function ChannelAddress({ address }: { address: string | null }) {
  if (!address) return <span className="muted">—</span>;
  return /^https?:\/\/\S+$/i.test(address) ? <a href={address}>{address}</a> : <>{address}</>;
}

export function GuidePage({ page }: { page: PublicGuide }) {
  const { org, guide, channels } = page;
  return (
    <article className="public-guide">
      <h1>{org.name}政府信息公开指南</h1>
      {guide ? (
        <p className="report-meta">
          最后更新：<time dateTime={isoDate(guide.updatedAt)}>{formatDate(guide.updatedAt)}</time>
        </p>
      ) : (
        <div className="notice notice-info" role="note">
          <p>本单位尚未填写政府信息公开指南。</p>
          <p>下文的申请渠道、收费和救济途径是依据{REGULATION}的通用内容；本单位政府信息公开工作机构的办公地址、联系电话等尚未公布。</p>
        </div>
      )}
      <p>
        为便于公民、法人和其他组织依法获取政府信息，根据{REGULATION}编制本指南。{GUIDE_BASIS.text.replace(/。$/, "")}（{GUIDE_BASIS.basis}）。
      </p>

      <Section id="guide-office" title="一、政府信息公开工作机构">
        {guide ? (
          <dl className="guide-contacts">
            {GUIDE_CONTACT_FIELDS.map(({ key, label }) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{key === "email" && guide.email ? <a href={`mailto:${guide.email}`}>{guide.email}</a> : (guide[key] ?? <span className="muted">未填写</span>)}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>本单位尚未公布政府信息公开工作机构的名称、办公地址和联系方式。</p>
        )}
      </Section>

      <Section id="guide-active" title="二、主动公开">
        <Law text={ACTIVE_DISCLOSURE_MEANS} />
        <p>
          本单位发布主动公开政府信息的渠道见本页“<a href="#guide-catalogue">政府信息公开目录</a>”；本单位的政府信息公开工作年度报告见
          <a href={publicUnitPath(org.slug)}>{org.name}政府信息公开工作年度报告</a>。
        </p>
        <Law text={ACTIVE_DISCLOSURE_PERIOD} />
      </Section>

      <Section id="guide-request" title="三、依申请公开">
        <h3>（一）申请渠道</h3>
        <UnitText guide={guide} field="applyChannels" />
        <ul className="guide-apply">
          <li>
            <a href={applyPath(org.slug)} className="button button-primary">
              网上申请
            </a>
          </li>
          <li>
            <a href={APPLY_STATUS_PATH}>办理进度查询</a>（凭查询号和申请时留下的电话或电子邮箱）
          </li>
        </ul>
        <h3>（二）申请内容</h3>
        <p>政府信息公开申请应当包括下列内容（{APPLICATION_FORM.basis}）：</p>
        <ol>
          {APPLICATION_CONTENTS.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
        <h3>（三）收到申请的日期</h3>
        <ul>
          {receiptRules().map((rule) => (
            <li key={rule.text}>{rule.text}</li>
          ))}
        </ul>
        <p className="muted">（{receiptRules()[0]?.basis}）</p>
        <h3>（四）答复期限</h3>
        <Law text={REPLY_PERIOD} />
        <Law text={CORRECTION} />
      </Section>

      <Section id="guide-fees" title="四、收费">
        <UnitText guide={guide} field="fees" />
      </Section>

      <Section id="guide-remedies" title="五、监督和救济">
        <UnitText guide={guide} field="remedies" />
      </Section>

      {guide?.notes && (
        <Section id="guide-notes" title="六、其他事项">
          <Paragraphs text={guide.notes} />
        </Section>
      )}

      <Section id="guide-catalogue" title="政府信息公开目录">
        {channels.length === 0 ? (
          <p>本单位尚未登记公开渠道。</p>
        ) : (
          <>
            <p>本单位通过以下渠道主动公开政府信息。</p>
            <DataTable label={`${org.name}公开渠道`}>
              <thead>
                <tr>
                  <th scope="col">渠道名称</th>
                  <th scope="col">类型</th>
                  <th scope="col">网址或地址</th>
                </tr>
              </thead>
              <tbody>
                {channels.map((channel) => (
                  <tr key={channel.id}>
                    <th scope="row">{channel.name}</th>
                    <td>{channel.kindLabel}</td>
                    <td>
                      <ChannelAddress address={channel.address} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </>
        )}
      </Section>
    </article>
  );
}
