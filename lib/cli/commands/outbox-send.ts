// outbox send: sends the notification mails that are due, over the SMTP server of SMTP_URL.
// The running site does the same every minute; this is for a site run without that timer, a
// cron job, or a check after changing the mail settings.
import { CliError, parseCommandArgs, UsageError } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { say } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { configuredMailer, type Mailer } from "@/lib/notify/mailer";
import { MAX_ATTEMPTS, RETRY_DELAYS_MINUTES } from "@/lib/notify/retry";
import { sendDueMessages } from "@/lib/notify/sender";
import { NOTICE_KINDS } from "@/lib/notify/templates";

const OPTIONS = { limit: { type: "string", value: "N" } } as const;

export const usage = `用法：${PROGRAM} outbox send [--limit N]

发送发件箱中到期的通知邮件（${NOTICE_KINDS.map((kind) => kind.label).join("、")}），经环境变量 SMTP_URL
指定的发信服务器，发件人为 MAIL_FROM。发送失败的邮件按 ${RETRY_DELAYS_MINUTES.join("、")} 分钟之后重试，
共尝试 ${MAX_ATTEMPTS} 次后标记为发送失败；发信服务器明确拒收（5xx）的邮件不再重试。
网站运行且设置了 SMTP_URL 时每分钟自动发送一次，两者同时运行也不会重复发送同一封邮件。

选项：
  --limit N  本次最多发送的邮件数（默认 50）
  --help     显示本说明

退出码：0 全部发出（或没有到期的邮件）；1 有邮件未能发出（将重试或已标记失败）；
2 未配置发信服务器、参数有误或数据库正被占用。
`;

function mailer(): Mailer {
  let configured: Mailer | null;
  try {
    configured = configuredMailer();
  } catch (error) {
    // the settings' own message, which never repeats their values
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  if (!configured) throw new CliError("未配置发信服务器：请设置环境变量 SMTP_URL（如 smtp://用户名:密码@服务器:587）和 MAIL_FROM。");
  return configured;
}

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError("--limit 应为 1 至 1000 的整数");
  const transport = mailer();
  await openDatabase();
  try {
    const report = await sendDueMessages({ now: new Date(), limit, mailer: transport });
    say(`已发送 ${report.sent} 封；发送失败、稍后重试 ${report.retrying} 封；放弃发送 ${report.failed} 封。`);
    return report.retrying + report.failed > 0 ? 1 : 0;
  } finally {
    transport.close();
  }
}
