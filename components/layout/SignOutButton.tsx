// 退出 as a form posting to a server action: the session cookie is removed and the browser is
// sent to a path of this site, with or without JavaScript.
import { logoutAction } from "@/app/_actions/auth";
import { PendingButton } from "@/components/ui/PendingButton";

export function SignOutButton() {
  return (
    <form action={logoutAction} className="inline">
      <PendingButton className="link-button">退出</PendingButton>
    </form>
  );
}
