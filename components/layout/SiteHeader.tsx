// The header on every page: product name, the public index, and who is signed in.
import Link from "next/link";
import { connection } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { ROLE_LABELS, type Actor } from "@/lib/auth/actor";
import { SignOutButton } from "@/components/layout/SignOutButton";
import { CALENDAR_PATH, CASES_PATH, CHANNELS_PATH, REGISTER_PATH } from "@/app/_lib/paths";
import { REVIEW_PATH, ROLLUP_PATH, TRACKER_PATH } from "@/app/_lib/paths";
import { canReview } from "@/lib/permissions";

function StaffLinks({ actor }: { actor: Extract<Actor, { kind: "user" }> }) {
  return (
    <>
      <li>
        <Link href="/dashboard">{actor.role === "staff" ? "本单位报告" : "报告列表"}</Link>
      </li>
      {canReview(actor) && (
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
      {actor.role === "admin" && (
        <li>
          <Link href={CALENDAR_PATH}>节假日安排</Link>
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
            {user && <StaffLinks actor={user} />}
          </ul>
        </nav>
        <div className="site-user">
          {user ? (
            <>
              <span>
                {session?.displayName}（{ROLE_LABELS[user.role]}
                {session?.orgName ? `，${session.orgName}` : ""}）
              </span>
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
