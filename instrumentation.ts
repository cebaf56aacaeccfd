// Runs once when the server starts: warns about doubtful settings, opens the database, which
// takes the embedded database's lock, and shares it over a local socket so that the command
// line can work on it while the site runs (lib/database/share.ts); with an SMTP server
// configured, sends the notification mails every minute (lib/notify/schedule.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startupWarnings } = await import("@/lib/env");
  for (const warning of startupWarnings()) console.warn(warning);
  const { shareEmbeddedDatabase } = await import("@/lib/db");
  try {
    await shareEmbeddedDatabase();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`无法共享内置数据库（${reason}）：服务器运行期间命令行将无法使用该数据库。`);
  }
  const { startOutboxTimer } = await import("@/lib/notify/schedule");
  if (startOutboxTimer()) console.info("已启用通知邮件：每分钟发送一次发件箱中到期的邮件。");
}
