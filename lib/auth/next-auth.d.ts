// What this application keeps in next-auth's user and token: the account's session epoch at
// login (lib/auth/session.ts ends a session whose epoch is no longer the account's).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionEpoch?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    epoch?: number;
  }
}
