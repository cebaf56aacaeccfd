// Environment variables, checked in one place. There is no fallback secret: the session
// secret comes from NEXTAUTH_SECRET or from the file that `npm start` generates once.
import fs from "node:fs";
import path from "node:path";
import { z } from "@/lib/zod";

export const SECRET_FILE = path.resolve(process.cwd(), ".data/nextauth-secret");

const envSchema = z.object({
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET 至少需要 32 个字符").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL 应为完整网址").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  // "0": an empty database stays empty (a real deployment), instead of receiving the sample units.
  NIANBAO_SAMPLE_DATA: z.enum(["0", "1"], "NIANBAO_SAMPLE_DATA 应为 0 或 1").optional(),
  // "1": the site is reached only through a reverse proxy that appends the client's address to
  // X-Forwarded-For; without it that header is the client's own word and is ignored.
  NIANBAO_TRUSTED_PROXY: z.enum(["0", "1"], "NIANBAO_TRUSTED_PROXY 应为 0 或 1").optional(),
  // "1": the session cookie is sent over plain HTTP too, in production. Only for a server reached
  // as http://127.0.0.1 by the browser tests, or an intranet without TLS; never on the internet.
  NIANBAO_INSECURE_COOKIES: z.enum(["0", "1"], "NIANBAO_INSECURE_COOKIES 应为 0 或 1").optional(),
  // The SMTP server that sends notification mails: smtp://user:pass@host:587 (STARTTLS when the
  // server offers it) or smtps://user:pass@host:465. Unset: mails wait in the outbox. The message
  // never repeats the value, which holds a password.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL 应为 smtp:// 或 smtps:// 开头的发信服务器地址" }).optional(),
  // The sender of notification mails: an address, or 名称 <address>.
  MAIL_FROM: z
    .string()
    .trim()
    .regex(/^(?:[^<>]*<\S+@\S+\.\S+>|\S+@\S+\.\S+)$/, "MAIL_FROM 应为发件人邮箱地址，或“名称 <地址>”")
    .optional(),
}).refine((env) => !env.SMTP_URL || env.MAIL_FROM, { error: "设置了 SMTP_URL 时还须设置 MAIL_FROM（发件人地址）" });

/** The settings of `source` (process.env), or an error naming what is wrong, never a value. */
export function parseEnv(source: Record<string, string | undefined>) {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("；"));
  return parsed.data;
}

export function readEnv() {
  return parseEnv(process.env);
}

export type Env = ReturnType<typeof readEnv>;

/**
 * Whether cookies carry `Secure` (sent over HTTPS only): always when NEXTAUTH_URL is https,
 * and in production whatever the URL unless NIANBAO_INSECURE_COOKIES=1 says otherwise.
 */
export function secureCookies(env: Env = readEnv(), nodeEnv: string | undefined = process.env.NODE_ENV): boolean {
  if (env.NEXTAUTH_URL?.startsWith("https://")) return true;
  return nodeEnv === "production" && env.NIANBAO_INSECURE_COOKIES !== "1";
}

/** What the server prints when it starts in production with a doubtful setting. */
export function startupWarnings(env: Env = readEnv(), nodeEnv: string | undefined = process.env.NODE_ENV): string[] {
  if (nodeEnv !== "production") return [];
  const warnings: string[] = [];
  if (!env.NEXTAUTH_URL) {
    warnings.push(
      "警告：未设置 NEXTAUTH_URL。请把它设为网站对外的完整网址（例如 https://nianbao.example.gov.cn）。" +
        "未设置时无法确认网站经 HTTPS 提供，不会发送 HSTS 头；登录 Cookie 仍然只经 HTTPS 发送。",
    );
  }
  if (env.NIANBAO_INSECURE_COOKIES === "1" && !secureCookies(env, nodeEnv)) {
    warnings.push("警告：NIANBAO_INSECURE_COOKIES=1，登录 Cookie 也经未加密的 HTTP 发送。只可用于本机测试或没有 HTTPS 的内部网络，切勿用于互联网。");
  }
  return warnings;
}

let cachedSecret: string | undefined;

export function authSecret(): string {
  if (cachedSecret) return cachedSecret;
  const fromEnv = readEnv().NEXTAUTH_SECRET;
  const fromFile = fs.existsSync(SECRET_FILE) ? fs.readFileSync(SECRET_FILE, "utf8").trim() : undefined;
  const secret = fromEnv ?? fromFile;
  if (!secret || secret.length < 32) {
    throw new Error("缺少会话密钥：请设置 NEXTAUTH_SECRET（至少 32 个字符），或先运行 npm start 生成 .data/nextauth-secret。");
  }
  cachedSecret = secret;
  return secret;
}
