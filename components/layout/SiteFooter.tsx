// The footer of every page, signed in or public.
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>公开年报：依据《中华人民共和国政府信息公开条例》第四十九条、第五十条编制和公布的政府信息公开工作年度报告。</p>
    </footer>
  );
}
