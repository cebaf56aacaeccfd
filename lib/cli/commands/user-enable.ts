// user enable U: the account can log in again.
import { statusCommand } from "@/lib/cli/account-status";

export const { usage, run } = statusCommand("enable");
