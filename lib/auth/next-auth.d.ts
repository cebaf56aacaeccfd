// What this application keeps in next-auth's token: the account's session epoch at login
// (lib/auth/session.ts ends a session whose epoch is no longer the account's).
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    epoch?: number;
  }
}
