// Who is acting: a signed-in user, or the command line (which has the rights of an admin
// and is recorded in the audit log as "cli").
export const ROLES = ["staff", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Actor =
  | { kind: "user"; id: string; username: string; role: Role; orgId: string | null }
  | { kind: "system"; via: "cli" };

export const CLI_ACTOR: Actor = { kind: "system", via: "cli" };

export const ROLE_LABELS: Record<Role, string> = {
  staff: "填报人员",
  reviewer: "审核人员",
  admin: "系统管理员",
};
