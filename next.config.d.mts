// The type of next.config.mjs, for the test that holds its body limit to lib/uploads/limits.ts.
import type { NextConfig } from "next";

declare const nextConfig: NextConfig;
export default nextConfig;
