// outbox remind: queues 即将到期 mails to the staff of each unit whose open requests fall due
// soon, once per request and due date. The running site does the same every minute.
import { parseCommandArgs } from "@/lib/cli/args";
import { openDatabase } from "@/lib/cli/database";
import { say } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { queueDueSoonReminders } from "@/lib/notify/reminders";
import { DUE_SOON_WORKING_DAYS } from "@/lib/register/deadline";
import { todayInChina } from "@/lib/register/today";

export const usage = `用法：${PROGRAM} outbox remind

为 ${DUE_SOON_WORKING_DAYS} 个工作日内到期、尚未办结的申请，向所属单位“通知设置”中的收件人排入“即将到期”提醒邮件；
同一申请的同一期满日只提醒一次（延长期限后对新的期满日再提醒一次）。邮件由 outbox send 或运行中的网站发出。

选项：
  --help    显示本说明

退出码：0 成功；2 数据库正被占用或无法打开。
`;

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  parseCommandArgs(args, {});
  await openDatabase();
  const queued = await queueDueSoonReminders({ today: todayInChina() });
  say(`已排入 ${queued} 封即将到期提醒邮件。`);
  return 0;
}
