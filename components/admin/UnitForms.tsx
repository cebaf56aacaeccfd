"use client";
// 新建单位, 修改名称 and 调整上级单位. What was typed stays when the action refuses it.
import { createOrgAction, moveOrgAction, renameOrgAction } from "@/app/_actions/orgs";
import { Field, SelectField, type Choice } from "@/components/ui/Field";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { useKeptForm } from "@/components/ui/useKeptForm";

const NO_PARENT = "（无上级单位）";

export function NewUnitForm({ parents, kinds }: { parents: readonly Choice[]; kinds: readonly Choice[] }) {
  const { state, pending, onSubmit, formKey } = useKeptForm(createOrgAction, null);
  const error = (name: string) => fieldError(state, name);
  return (
    <form key={formKey} onSubmit={onSubmit} className="panel max-w-2xl" aria-labelledby="new-unit-heading">
      <h2 id="new-unit-heading" className="mt-0">
        新建单位
      </h2>
      <Field id="unit-name" label="单位名称" error={error("name")} hint="单位全称，如：文昌镇、中卫市沙坡头区教育局。">
        {(props) => <input {...props} name="name" type="text" required maxLength={100} className="w-full max-w-md" />}
      </Field>
      <Field id="unit-slug" label="标识" error={error("slug")} hint="单位在网址中的名字，如 wenchang：小写字母、数字和连字符。建立后不能修改，已发布报告的网址因此不变。">
        {(props) => <input {...props} name="slug" type="text" required maxLength={64} autoComplete="off" spellCheck={false} className="w-full max-w-xs" />}
      </Field>
      <SelectField id="unit-parent" label="上级单位" error={error("parentSlug")} name="parentSlug" defaultValue="" noneLabel={NO_PARENT} choices={parents} />
      <SelectField id="unit-kind" label="单位类型" error={error("kind")} name="kind" required defaultValue="" placeholder="请选择" choices={kinds} />
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        新建单位
      </button>
    </form>
  );
}

export function RenameUnitForm({ slug, name }: { slug: string; name: string }) {
  const { state, pending, onSubmit, formKey } = useKeptForm(renameOrgAction, null);
  return (
    <form key={formKey} onSubmit={onSubmit} className="panel" aria-labelledby="rename-unit-heading">
      <h2 id="rename-unit-heading" className="mt-0">
        修改名称
      </h2>
      <input type="hidden" name="slug" value={slug} />
      <Field id="rename-unit-name" label="单位名称" error={fieldError(state, "name")} hint="标识不变，已发布报告的网址不变；已发布的各版本保留发布时的单位名称。">
        {(props) => <input {...props} name="name" type="text" required maxLength={100} defaultValue={name} className="w-full max-w-md" />}
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        保存名称
      </button>
    </form>
  );
}

export function MoveUnitForm({ slug, parentSlug, parents }: { slug: string; parentSlug: string | null; parents: readonly Choice[] }) {
  const { state, pending, onSubmit, formKey } = useKeptForm(moveOrgAction, null);
  return (
    <form key={formKey} onSubmit={onSubmit} className="panel" aria-labelledby="move-unit-heading">
      <h2 id="move-unit-heading" className="mt-0">
        调整上级单位
      </h2>
      <input type="hidden" name="slug" value={slug} />
      <SelectField
        id="move-unit-parent"
        label="上级单位"
        error={fieldError(state, "parentSlug")}
        hint="本单位及其下级单位不在可选之列。"
        name="parentSlug"
        defaultValue={parentSlug ?? ""}
        noneLabel={NO_PARENT}
        choices={parents}
      />
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        移动
      </button>
    </form>
  );
}
