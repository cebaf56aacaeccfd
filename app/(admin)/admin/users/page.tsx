// 账号管理: the accounts the signed-in user manages (an admin all; a reviewer the 填报人员 of
// the units below their own), each with 停用 / 启用 and 重置密码, and 新建用户. Staff are told
// the page does not exist.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { assignableRoles, canManageAccounts, manageableAccounts } from "@/lib/permissions";
import { listAccounts } from "@/lib/data/users";
import { listAccountUnits } from "@/lib/data/orgs";
import { NewUserForm, ResetPasswordForm, StatusForm } from "@/components/admin/AccountForms";
import { unitChoices } from "@/components/admin/unit-choices";
import { DataTable } from "@/components/ui/TableScroll";
import { formatDateTime } from "@/lib/display-dates";

export const metadata: Metadata = { title: "账号管理" };

export default async function UsersPage() {
  const actor = await requireActor();
  if (!canManageAccounts(actor)) notFound();
  const [accounts, units, scope] = await Promise.all([listAccounts({ actor }), listAccountUnits({ actor }), manageableAccounts(actor)]);
  const roles = assignableRoles(scope).map((role) => ({ key: role, label: ROLE_LABELS[role] }));

  return (
    <>
      <h1>账号管理</h1>
      <p className="muted">
        {scope === "all" ? "全部账号。" : "本单位下级单位的填报人员账号。"}
        停用的账号不能登录，已登录的页面在下一次操作时退出；重置密码生成一次性密码，用它登录后必须设置新密码。
      </p>
      {accounts.length === 0 ? (
        <p>还没有可以管理的账号。</p>
      ) : (
        <DataTable label="账号" caption={`账号（${accounts.length} 个）`} nowrap>
          <thead>
            <tr>
              <th scope="col">用户名</th>
              <th scope="col">姓名</th>
              <th scope="col">角色</th>
              <th scope="col">单位</th>
              <th scope="col">状态</th>
              <th scope="col">最近登录</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => {
              const disabled = account.status === "disabled";
              const self = account.id === actor.id;
              return (
                <tr key={account.id}>
                  <th scope="row">
                    <code>{account.username}</code>
                  </th>
                  <td>{account.displayName ?? ""}</td>
                  <td>{ROLE_LABELS[account.role]}</td>
                  <td>{account.orgName ?? <span className="muted">无</span>}</td>
                  <td>
                    <span className={`status ${disabled ? "status-returned" : "status-published"}`}>{disabled ? "已停用" : "正常"}</span>
                    {account.mustChangePassword && !disabled && <span className="muted block text-sm">待修改密码</span>}
                  </td>
                  <td>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : <span className="muted">从未登录</span>}</td>
                  <td>
                    {self ? (
                      <span className="muted text-sm">本人账号</span>
                    ) : (
                      <div className="actions-row items-start">
                        <StatusForm username={account.username} disabled={disabled} />
                        <ResetPasswordForm username={account.username} />
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {units.length > 0 || scope === "all" ? (
        <NewUserForm roles={roles} units={unitChoices(units)} minPasswordLength={MIN_PASSWORD_LENGTH} />
      ) : (
        <p>本单位没有下级单位，无法新建账号。</p>
      )}
    </>
  );
}
