import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/public-site/meta";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFrame } from "@/components/layout/SiteFrame";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <SiteFrame header={<SiteHeader />}>{children}</SiteFrame>
    </html>
  );
}
