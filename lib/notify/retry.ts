// When a message that could not be sent is tried again, and when the outbox gives it up: the
// one place for the schedule. What is kept of the failure is a short phrase and the SMTP code,
// never the server's words, which may repeat an address.

/** Waits after the 1st, 2nd, … failed attempt: 1 min, 5 min, 30 min, 2 h, 12 h. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 720] as const;

/** The attempt after which a message is marked failed: one more than there are waits. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

/** While a sender works on a message, no other sender takes it (see sender.ts). */
export const CLAIM_MINUTES = 10;

/** When to try again after `attempts` failed attempts, or null when there is no next attempt. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  const minutes = RETRY_DELAYS_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(now.getTime() + minutes * 60_000);
}

const REASONS: Record<string, string> = {
  ECONNECTION: "无法连接发信服务器",
  ESOCKET: "与发信服务器的连接失败",
  ETIMEDOUT: "发信服务器响应超时",
  EDNS: "无法解析发信服务器地址",
  ETLS: "与发信服务器建立加密连接失败",
  EAUTH: "发信服务器拒绝登录",
  EENVELOPE: "发信服务器拒绝了发件人或收件人",
  EMESSAGE: "发信服务器拒收邮件",
  EPROTOCOL: "发信服务器的应答不符合协议",
};

export interface SendFailure {
  /** as kept in OutboxMessage.lastError: short, no address, no secret */
  summary: string;
  /** a 5xx reply: trying again will not help */
  permanent: boolean;
}

/** What is kept of an error thrown while sending. */
export function describeSendError(error: unknown): SendFailure {
  const fields = typeof error === "object" && error !== null ? (error as { code?: unknown; responseCode?: unknown }) : {};
  const code = typeof fields.code === "string" ? fields.code : undefined;
  const reply = typeof fields.responseCode === "number" ? fields.responseCode : undefined;
  const reason = (code && REASONS[code]) ?? "发送失败";
  const summary = reply ? `${reason}（SMTP ${reply}）` : reason;
  return { summary, permanent: reply !== undefined && reply >= 500 && reply < 600 };
}
