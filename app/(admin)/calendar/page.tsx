import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canManageCalendar } from "@/lib/permissions";
import { listNotices, loadCalendar } from "@/lib/data/calendar";
import { PROJECT_NOTICE_YEARS } from "@/lib/calendar/notices";
import { todayInChina } from "@/lib/register/today";
import { HolidayCnForm } from "@/components/calendar/HolidayCnForm";
import { NoticeForm } from "@/components/calendar/NoticeForm";
import { NOTICE_KIND_LABELS, NOTICE_STATUS_LABELS } from "@/lib/register/notice-fields";
import { formatDateTime } from "@/lib/display-dates";
import { noticePath } from "@/lib/paths";
import { DataTable } from "@/components/ui/TableScroll";

export const metadata: Metadata = { title: "节假日安排" };

export default async function CalendarPage() {
  const actor = await requireActor();
  // The calendar is the admin's (design.md §1); everyone else is told it does not exist.
  if (!canManageCalendar(actor)) notFound();
  const [notices, { version }] = await Promise.all([listNotices({ actor }), loadCalendar()]);
  const today = todayInChina();
  const anyActive = notices.some((n) => n.status === "active");

  return (
    <>
      <h1>节假日安排</h1>
      <p>
        期限按国务院办公厅每年发布的部分节假日安排通知计算。尚无通知的年份按周末和《全国年节及纪念日放假办法》规定的法定节日暂定计算，期满日标为“暂定”；通知生效后，受影响的未办结申请自动重新计算。
      </p>
      <p className="muted">
        {anyActive ? `当前日历版本：${version}。` : `数据库中还没有已生效的通知：期限按系统内置的 ${PROJECT_NOTICE_YEARS}放假安排计算。`}
      </p>
      {notices.length === 0 ? (
        <p>还没有录入任何通知。</p>
      ) : (
        <DataTable label="放假安排通知">
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">标题</th>
              <th scope="col">文号</th>
              <th scope="col">类型</th>
              <th scope="col">状态</th>
              <th scope="col">放假天数</th>
              <th scope="col">调休上班天数</th>
              <th scope="col">生效时间</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((notice) => (
              <tr key={notice.id}>
                <th scope="row">{notice.year}</th>
                <td>
                  <Link href={noticePath(notice.id)}>{notice.title}</Link>
                </td>
                <td>{notice.docNo ?? <span className="muted">未填写</span>}</td>
                <td>{NOTICE_KIND_LABELS[notice.kind]}</td>
                <td>
                  <span className={`status ${notice.status === "active" ? "status-published" : "status-draft"}`}>{NOTICE_STATUS_LABELS[notice.status]}</span>
                </td>
                <td>{notice.days.filter((d) => d.kind === "holiday").length}</td>
                <td>{notice.days.filter((d) => d.kind === "makeup").length}</td>
                <td>{notice.activatedAt ? formatDateTime(notice.activatedAt) : ""}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <h2>录入新的通知</h2>
      <p>录入后先保存为草稿：检查其中的日期，预览它会改变哪些日子和哪些申请的期满日，确认无误后再生效。</p>
      <div className="grid gap-x-4 lg:grid-cols-2">
        <NoticeForm today={today} defaultYear={Number(today.slice(0, 4)) + 1} />
        <HolidayCnForm today={today} />
      </div>
    </>
  );
}
