/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Registers kept in spreadsheets are uploaded through a server action (1 MB by default).
  experimental: { serverActions: { bodySizeLimit: "20mb" } },
};

export default nextConfig;
