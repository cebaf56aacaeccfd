// The body of every page, signed in or public: the skip link, the header, the page, the footer.
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";

export function SiteFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <body>
      <a href="#main" className="skip-link">
        跳到正文
      </a>
      {header}
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter />
    </body>
  );
}
