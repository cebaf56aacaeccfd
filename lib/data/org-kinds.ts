// 单位类型: the values of the OrgKind enum of the schema and what a reader sees. Kept
// apart from lib/data/orgs.ts (which re-exports them) so that forms and schemas can name
// them without opening the database.
export const ORG_KINDS = ["county", "department", "township", "subdistrict", "other"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  county: "县级政府",
  department: "县级部门",
  township: "乡镇",
  subdistrict: "街道",
  other: "其他",
};

export function orgKindLabel(kind: OrgKind): string {
  return ORG_KIND_LABELS[kind];
}
