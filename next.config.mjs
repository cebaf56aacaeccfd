/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Registers kept in spreadsheets are uploaded through a server action (1 MB by default):
  // SERVER_ACTION_BODY_BYTES of lib/uploads/limits.ts, the largest file and its form.
  experimental: { serverActions: { bodySizeLimit: 5 * 1024 * 1024 } },
};

export default nextConfig;
