// The footer of every page, signed in or public.
import { APPLY_STATUS_PATH, OPEN_DATA_PATH } from "@/lib/paths";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>公开年报：依据《中华人民共和国政府信息公开条例》第四十九条、第五十条编制和公布的政府信息公开工作年度报告。</p>
      <p>
        <a href={OPEN_DATA_PATH}>开放数据</a>：各年度已公开报告的统计数字（CSV、JSON Lines）。
      </p>
      <p>
        依申请公开：<a href={APPLY_STATUS_PATH}>查询网络申请的办理进度</a>（凭申请编号和申请时填写的联系方式）。
      </p>
    </footer>
  );
}
