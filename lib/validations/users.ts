// Inputs of 账号管理 (新建用户, 停用, 启用, 重置密码) and of 修改密码, shared by the forms'
// actions and by lib/data/users.ts, which reads the command line's input through the same
// field schemas.
import { z } from "@/lib/zod";
import { ROLES } from "@/lib/auth/actor";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

/** Also the longest user name a login looks at: a longer one cannot exist, so it is refused unread. */
export const MAX_USERNAME_LENGTH = 64;

export const usernameSchema = z
  .string({ error: "请填写用户名" })
  .trim()
  .min(1, { error: "请填写用户名" })
  .regex(new RegExp(`^[A-Za-z0-9_.-]{2,${MAX_USERNAME_LENGTH}}$`), { error: `用户名只能使用 2–${MAX_USERNAME_LENGTH} 个字母、数字、下划线、点或连字符` });

export const passwordSchema = z
  .string({ error: "请填写密码" })
  .min(MIN_PASSWORD_LENGTH, { error: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符` })
  .max(200, { error: "密码最多 200 个字符" });

export const roleSchema = z.enum(ROLES, { error: "请选择角色" });

export const displayNameSchema = z.string().trim().max(50, { error: "姓名最多 50 字" });

/** 新建用户. A 填报人员 or 审核人员 belongs to a unit; an admin to none (a unit chosen is ignored). */
export const createUserSchema = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema.min(1, { error: "请填写姓名" }),
    role: roleSchema,
    orgSlug: z.string().trim().optional(),
    password: passwordSchema,
  })
  .refine((input) => input.role === "admin" || Boolean(input.orgSlug), { path: ["orgSlug"], error: "填报人员和审核人员须选择所属单位" })
  .transform((input) => ({ ...input, orgSlug: input.role === "admin" ? undefined : input.orgSlug }));

/** 停用, 启用, 重置密码: the account, by its user name. */
export const accountSchema = z.object({ username: usernameSchema });

/** 修改密码: the new one twice, and not the one it replaces (a reset's one-time password). */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "请填写当前密码" }).min(1, { error: "请填写当前密码" }),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "请再输入一次新密码" }),
  })
  .refine((input) => input.confirmPassword === input.newPassword, { path: ["confirmPassword"], error: "两次输入的新密码不一致" })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], error: "新密码不能与当前密码相同" });
