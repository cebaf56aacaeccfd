// Environment variables, checked in one place. There is no fallback secret: the session
// secret comes from NEXTAUTH_SECRET or from the file that `npm start` generates once.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

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
});

export function readEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("；"));
  return parsed.data;
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
