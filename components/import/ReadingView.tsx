// What a file was read as, beside the file itself, and the ways to save it. Inside the import
// form: its buttons send the file again with the fingerprint of this reading.
import type { ReactNode } from "react";
import type { ReportReading } from "@/app/_actions/report-import";
import { getFormat } from "@/lib/formats";
import { countBySeverity } from "@/components/report/findings";
import { FindingsList } from "@/components/report/FindingsList";
import { ReportView } from "@/components/report/ReportView";
import { Field } from "@/components/ui/Field";
import { SourceView } from "@/components/import/SourceView";
import { UncertainCells } from "@/components/import/UncertainCells";

const SOURCE_KINDS = { text: "文本", html: "网页", docx: "Word 文档" } as const;

export function ReadingView({
  reading,
  pending,
  today,
  fieldErrors,
  message,
}: {
  reading: ReportReading;
  pending: boolean;
  today: string;
  fieldErrors?: Record<string, string[]>;
  /** the answer to a confirmation that was refused, shown beside its buttons */
  message: ReactNode;
}) {
  const format = getFormat(reading.format);
  const counts = countBySeverity(reading.findings);
  const read = Object.values(reading.cells).filter((value) => value !== null).length;
  const otherUnit = reading.organization !== "" && reading.organization !== reading.orgName;
  return (
    <section aria-labelledby="reading-heading" className="reading">
      <h2 id="reading-heading">读取结果（尚未保存）</h2>
      <p>
        {reading.organization || "（标题中没有单位名称）"}
        {reading.year}年度报告，按《{format.name}》（{format.id}）读取：读出 {read} 个单元格，{reading.uncertain.length} 个未能确定而留空；检查发现 {counts.error} 个错误、
        {counts.warning} 个警告。
      </p>
      {otherUnit && (
        <p className="notice notice-info">
          注意：原文标题中的单位“{reading.organization}”与所选单位“{reading.orgName}”不同；保存时按所选单位保存。
        </p>
      )}
      <div className="reading-columns">
        <section aria-labelledby="reading-source-heading" className="reading-source">
          <h3 id="reading-source-heading">
            原文（{reading.fileName}，{SOURCE_KINDS[reading.sourceKind]}）
          </h3>
          <div className="reading-source-scroll" role="region" aria-label="原文内容" tabIndex={0}>
            <SourceView blocks={reading.blocks} omitted={reading.omittedBlocks} />
          </div>
        </section>
        <section aria-labelledby="reading-parsed-heading" className="reading-parsed">
          <h3 id="reading-parsed-heading">读取的报告</h3>
          <UncertainCells format={format} uncertain={reading.uncertain} />
          <ReportView format={format} cells={reading.cells} sections={reading.sections} findings={reading.findings} headingLevel={3} />
          <FindingsList format={format} findings={reading.findings} headingLevel={3} />
        </section>
      </div>
      <input type="hidden" name="fingerprint" value={reading.fingerprint} />
      <div className="reading-confirm">
        {reading.draft && (
          <section className="panel" aria-labelledby="confirm-draft-heading">
            <h3 id="confirm-draft-heading" className="panel-title">
              保存为草稿
            </h3>
            <p>{reading.draft.consequence}</p>
            <p className="muted text-sm">保存后进入填写页面，可以对照原文改正、补填留空的单元格，再按正常流程提交审核。</p>
            <button type="submit" name="intent" value="draft" className="button button-primary" disabled={pending}>
              保存为草稿
            </button>
          </section>
        )}
        {reading.historical && (
          <section className="panel" aria-labelledby="confirm-historical-heading">
            <h3 id="confirm-historical-heading" className="panel-title">
              作为往年已发布的报告导入
            </h3>
            <p>{reading.historical.consequence}</p>
            <p className="muted text-sm">按原样保留全部数字和文字，有错误也不作修改；检查发现的问题作为注释在公开页面显示，并注明依据原发布文本导入。</p>
            <Field
              id="report-import-published-on"
              label="发布日期（必填，原报告发布的日期）"
              hint={`${reading.year + 1}-01-01 至 ${today} 之间，公开页面显示这一天。`}
              error={fieldErrors?.publishedOn?.[0]}
            >
              {(props) => <input {...props} name="publishedOn" type="date" aria-required="true" />}
            </Field>
            <Field
              id="report-import-source-name"
              label="来源"
              hint="原报告的文件名、网页标题或网址，公开页面显示。"
              error={fieldErrors?.sourceName?.[0]}
            >
              {(props) => <input {...props} name="sourceName" type="text" defaultValue={reading.fileName} className="w-full max-w-xl" />}
            </Field>
            <button type="submit" name="intent" value="historical" className="button" disabled={pending}>
              作为往年已发布的报告导入
            </button>
          </section>
        )}
      </div>
      {message}
    </section>
  );
}
