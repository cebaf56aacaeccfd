"use client";
// 新建单位, 修改名称 and 调整上级单位. What was typed stays when the action refuses it.
import { createOrgAction, moveOrgAction, renameOrgAction } from "@/app/_actions/orgs";
import { ActionForm } from "@/components/ui/ActionForm";
import { Field, SelectField, type Choice } from "@/components/ui/Field";

const NO_PARENT = "（无上级单位）";

export function NewUnitForm({ parents, kinds }: { parents: readonly Choice[]; kinds: readonly Choice[] }) {
  return (
    <ActionForm action={createOrgAction} label="新建单位" heading submit="新建单位" className="panel max-w-2xl">
      {(error) => (
        <>
          <Field id="unit-name" label="单位名称" error={error("name")} hint="单位全称，如：文昌镇、中卫市沙坡头区教育局。">
            {(props) => <input {...props} name="name" type="text" required maxLength={100} className="w-full max-w-md" />}
          </Field>
          <Field id="unit-slug" label="标识" error={error("slug")} hint="单位在网址中的名字，如 wenchang：小写字母、数字和连字符。建立后不能修改，已发布报告的网址因此不变。">
            {(props) => <input {...props} name="slug" type="text" required maxLength={64} autoComplete="off" spellCheck={false} className="w-full max-w-xs" />}
          </Field>
          <SelectField id="unit-parent" label="上级单位" error={error("parentSlug")} name="parentSlug" defaultValue="" noneLabel={NO_PARENT} choices={parents} />
          <SelectField id="unit-kind" label="单位类型" error={error("kind")} name="kind" required defaultValue="" placeholder="请选择" choices={kinds} />
        </>
      )}
    </ActionForm>
  );
}

export function RenameUnitForm({ slug, name }: { slug: string; name: string }) {
  return (
    <ActionForm action={renameOrgAction} label="修改名称" heading submit="保存名称" className="panel">
      {(error) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <Field id="rename-unit-name" label="单位名称" error={error("name")} hint="标识不变，已发布报告的网址不变；已发布的各版本保留发布时的单位名称。">
            {(props) => <input {...props} name="name" type="text" required maxLength={100} defaultValue={name} className="w-full max-w-md" />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function MoveUnitForm({ slug, parentSlug, parents }: { slug: string; parentSlug: string | null; parents: readonly Choice[] }) {
  return (
    <ActionForm action={moveOrgAction} label="调整上级单位" heading submit="移动" className="panel">
      {(error) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <SelectField
            id="move-unit-parent"
            label="上级单位"
            error={error("parentSlug")}
            hint="本单位及其下级单位不在可选之列。"
            name="parentSlug"
            defaultValue={parentSlug ?? ""}
            noneLabel={NO_PARENT}
            choices={parents}
          />
        </>
      )}
    </ActionForm>
  );
}
