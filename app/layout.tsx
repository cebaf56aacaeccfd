import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "@/components/layout/SiteHeader";

export const metadata: Metadata = {
  title: { default: "公开年报", template: "%s · 公开年报" },
  description: "政府信息公开工作年度报告的填报、审核、发布与开放数据",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <p>公开年报：依据《中华人民共和国政府信息公开条例》第四十九条、第五十条编制和公布的政府信息公开工作年度报告。</p>
        </footer>
      </body>
    </html>
  );
}
