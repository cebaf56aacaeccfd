import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";

export default async function HomePage() {
  const actor = await getActor();
  if (actor?.kind !== "user") redirect("/reports");
  redirect(actor.role === "staff" ? "/dashboard" : "/review");
}
