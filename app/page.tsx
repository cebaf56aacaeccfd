import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { canReview } from "@/lib/permissions";
import { ACCOUNT_PATH, REVIEW_PATH } from "@/lib/paths";

export default async function HomePage() {
  const user = await getSessionUser();
  if (!user) redirect("/reports");
  if (user.mustChangePassword) redirect(ACCOUNT_PATH);
  redirect(canReview(user.actor) ? REVIEW_PATH : "/dashboard");
}
