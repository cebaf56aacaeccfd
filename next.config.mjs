/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Registers kept in spreadsheets and published reports are uploaded through server actions
  // (1 MB by default), and pass the proxy (proxy.ts), which would otherwise cut a body at 10 MB:
  // SERVER_ACTION_BODY_BYTES of lib/uploads/limits.ts, the largest file and its form.
  experimental: {
    serverActions: { bodySizeLimit: 17 * 1024 * 1024 },
    proxyClientMaxBodySize: 17 * 1024 * 1024,
  },
};

export default nextConfig;
