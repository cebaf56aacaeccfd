// The header on every page: product name, the public index, and who is signed in. Which
// links a user sees is asked of lib/permissions; a user who must change their password sees
// only 修改密码 (every other page sends them there).
import Link from "next/link";
import { connection } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { ROLE_LABELS, type Actor } from "@/lib/auth/actor";
import { canImportReports, canManageAccounts, canManageCalendar, canManageNotifications, canManageUnits, canReview } from "@/lib/permissions";
import { SignOutButton } from "@/components/layout/SignOutButton";
import {
  ACCOUNT_PATH,
  ADMIN_UNITS_PATH,
  ADMIN_USERS_PATH,
  CALENDAR_PATH,
  CASES_PATH,
  CHANNELS_PATH,
  IMPORT_REPORT_PATH,
  NOTIFICATIONS_PATH,
  REGISTER_PATH,
  REVIEW_PATH,
  ROLLUP_PATH,
  TRACKER_PATH,
  UNIT_GUIDE_PATH,
} from "@/lib/paths";

function StaffLinks({ actor }: { actor: Extract<Actor, { kind: "user" }> }) {
  const reviews = canReview(actor);
  return (
    <>
      <li>
        <Link href="/dashboard">{reviews ? "报告列表" : "本单位报告"}</Link>
      </li>
      {canImportReports(actor) && (
        <li>
          <Link href={IMPORT_REPORT_PATH}>导入报告</Link>
        </li>
      )}
      {reviews && (
        <>
          <li>
            <Link href={REVIEW_PATH}>审核</Link>
          </li>
          <li>
            <Link href={TRACKER_PATH}>报送进度</Link>
          </li>
          <li>
            <Link href={ROLLUP_PATH}>汇总</Link>
          </li>
        </>
      )}
      <li>
        <Link href={REGISTER_PATH}>依申请公开登记</Link>
      </li>
      <li>
        <Link href={CASES_PATH}>复议诉讼</Link>
      </li>
      <li>
        <Link href={CHANNELS_PATH}>公开渠道</Link>
      </li>
      {canManageNotifications(actor) && (
        <li>
          <Link href={NOTIFICATIONS_PATH}>通知设置</Link>
        </li>
      )}
      <li>
        <Link href={UNIT_GUIDE_PATH}>公开指南</Link>
      </li>
      {canManageCalendar(actor) && (
        <li>
          <Link href={CALENDAR_PATH}>节假日安排</Link>
        </li>
      )}
      {canManageUnits(actor) && (
        <li>
          <Link href={ADMIN_UNITS_PATH}>单位管理</Link>
        </li>
      )}
      {canManageAccounts(actor) && (
        <li>
          <Link href={ADMIN_USERS_PATH}>账号管理</Link>
        </li>
      )}
    </>
  );
}

export async function SiteHeader() {
  // The header reads the session: never prerender it at build time.
  await connection();
  const session = await getSessionUser();
  const user = session?.actor ?? null;
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          公开年报
        </Link>
        <nav aria-label="主导航">
          <ul className="nav-list">
            <li>
              <Link href="/reports">公开年报目录</Link>
            </li>
            {user && !session?.mustChangePassword && <StaffLinks actor={user} />}
          </ul>
        </nav>
        <div className="site-user">
          {user ? (
            <>
              <span>
                {session?.displayName}（{ROLE_LABELS[user.role]}
                {session?.orgName ? `，${session.orgName}` : ""}）
              </span>
              <Link href={ACCOUNT_PATH}>修改密码</Link>
              <SignOutButton />
            </>
          ) : (
            <Link href="/login">登录</Link>
          )}
        </div>
      </div>
    </header>
  );
}
