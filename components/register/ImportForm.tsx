"use client";
// 导入登记簿: a CSV or XLSX file; every problem comes back with its line, and nothing is
// imported unless the whole file is sound.
import { useState } from "react";
import { importRegisterAction, type ImportState } from "@/app/_actions/register";
import { FormMessage } from "@/components/ui/FormMessage";
import { Field } from "@/components/ui/Field";
import { UnitSlugField } from "@/components/ui/UnitSlugField";
import { countText, sizeText, SPLIT_ADVICE, UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { chosenFileTooLarge } from "@/components/ui/file-limit";
import { useKeptForm } from "@/components/ui/useKeptForm";

export interface ImportFormProps {
  /** units the user may import into: one (staff) needs no choice */
  orgs: { slug: string; name: string }[];
}

export function ImportForm({ orgs }: ImportFormProps) {
  const { state, pending, onSubmit } = useKeptForm<ImportState>(importRegisterAction, null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const problems = state && !state.ok ? state.problems ?? [] : [];

  return (
    <>
      <form
        onSubmit={(event) => {
          const refused = chosenFileTooLarge(event.currentTarget);
          setTooLarge(refused);
          if (refused) {
            event.preventDefault();
            return;
          }
          onSubmit(event);
        }}
        className="panel max-w-3xl"
        aria-label="导入登记簿"
      >
        <UnitSlugField id="import-org" orgs={orgs} />
        <Field
          id="import-file"
          label="登记簿文件（CSV 或 XLSX）"
          error={tooLarge ? `${tooLarge}：${SPLIT_ADVICE}。` : undefined}
          hint={`CSV 用 UTF-8 或 GBK 编码；XLSX 读取第一个工作表。文件不超过 ${sizeText(UPLOAD_LIMITS.fileBytes)}，不超过 ${countText(UPLOAD_LIMITS.rows)} 行（不含表头）。`}
        >
          {(props) => <input {...props} name="file" type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />}
        </Field>
        <FormMessage state={state} />
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "正在导入…" : "导入"}
        </button>
      </form>
      {problems.length > 0 && (
        <table className="data-table" aria-describedby="import-problems-note">
          <caption>无法导入的行（共 {problems.length} 处）</caption>
          <thead>
            <tr>
              <th scope="col">行号</th>
              <th scope="col">问题</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={`${problem.line}-${index}`}>
                <th scope="row" className="font-normal">
                  第 {problem.line} 行
                </th>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problems.length > 0 && (
        <p id="import-problems-note" className="muted">
          行号按文件计算，表头为第 1 行。文件中的任何一行有问题时，整个文件都不导入。
        </p>
      )}
    </>
  );
}
