// user disable U: the account can no longer log in; its open sessions end at their next request.
import { statusCommand } from "@/lib/cli/account-status";

export const { usage, run } = statusCommand("disable");
