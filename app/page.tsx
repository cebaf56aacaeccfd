import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { canReview } from "@/lib/permissions";
import { REVIEW_PATH } from "@/app/_lib/paths";

export default async function HomePage() {
  const actor = await getActor();
  if (actor?.kind !== "user") redirect("/reports");
  redirect(canReview(actor) ? REVIEW_PATH : "/dashboard");
}
