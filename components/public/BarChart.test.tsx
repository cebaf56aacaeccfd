import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./BarChart";

const props = {
  id: "requests",
  title: "新收和办结申请数",
  groupHeading: "年度",
  unit: "件",
  series: [
    { id: "new", label: "新收" },
    { id: "concluded", label: "办结" },
  ],
  groups: [
    { label: "2019年", data: [{ value: 23 }, { value: 23 }] },
    { label: "2021年", data: [{ value: 70 }, { value: 69 }] },
    { label: "2022年", data: [{ value: 74 }, { note: "—（该年格式无此项）" }] },
  ],
};

// The markup is React's own, attribute order and all: small patterns read it without a DOM.
const tags = (html: string, name: string): string[] => html.match(new RegExp(`<${name}\\b[^>]*>`, "g")) ?? [];
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;
const num = (tag: string, name: string) => Number(attr(tag, name));
const texts = (html: string, pattern: string) => [...html.matchAll(new RegExp(`${pattern}>([^<]*)<`, "g"))].map((m) => m[1]);

function render(input = props) {
  const html = renderToStaticMarkup(<BarChart {...input} />);
  const [svg, after] = html.split("</svg>");
  return { html, svg, table: after };
}

describe("BarChart", () => {
  it("draws bars whose lengths are proportional to their values, each with its value written next to it", () => {
    const { svg } = render();
    const widths = tags(svg, "rect").map((rect) => num(rect, "width"));
    expect(widths).toHaveLength(5);
    // 23, 23, 70, 69, 74: the longest is 74
    const unit = widths[4] / 74;
    expect(widths.map((w) => Math.round((w / unit) * 1000) / 1000)).toEqual([23, 23, 70, 69, 74]);
    expect(texts(svg, 'class="chart-value"[^>]*')).toEqual(["23件", "23件", "70件", "69件", "74件", "—（该年格式无此项）"]);
  });

  it("is an image named by its title and described by every number, with no script and no style attribute", () => {
    const { html, svg } = render();
    const [open] = tags(svg, "svg");
    expect(attr(open, "role")).toBe("img");
    expect(attr(open, "viewBox")).toMatch(/^0 0 360 \d+$/);
    expect(attr(open, "width")).toBe("100%");
    expect(texts(svg, `<title id="${attr(open, "aria-labelledby")}"`)).toEqual(["新收和办结申请数"]);
    expect(texts(svg, `<desc id="${attr(open, "aria-describedby")}"`)).toEqual([
      "2019年：新收23件，办结23件；2021年：新收70件，办结69件；2022年：新收74件，办结—（该年格式无此项）",
    ]);
    expect(html).not.toMatch(/style=|<script/);
  });

  it("is followed by a table with the same numbers as the chart, headed by scope", () => {
    const { svg, table } = render();
    expect(table).toMatch(/^<div[^>]*role="region"[^>]*>.*<table/);
    expect(texts(table, "<caption")).toEqual(["新收和办结申请数"]);
    expect(texts(table, '<th scope="col"')).toEqual(["年度", "新收", "办结"]);
    const rows = table
      .split("<tr>")
      .slice(2)
      .map((row) => [...texts(row, '<th scope="row"'), ...texts(row, "<td[^>]*")]);
    expect(rows).toEqual([
      ["2019年", "23件", "23件"],
      ["2021年", "70件", "69件"],
      ["2022年", "74件", "—（该年格式无此项）"],
    ]);
    expect(rows.flatMap((r) => r.slice(1))).toEqual(texts(svg, 'class="chart-value"[^>]*'));
  });

  it("keeps every mark inside the view box, also for zero values and long unit names", () => {
    const { svg } = render({
      ...props,
      unit: "%",
      series: [{ id: "share", label: "不予公开占比" }],
      groups: [
        { label: "中卫市沙坡头区文昌镇人民政府办公室政府信息公开工作领导小组办公室", data: [{ value: 0 }] },
        { label: "甲镇", data: [{ value: 11.6 }] },
      ],
    });
    const [, , width, height] = attr(tags(svg, "svg")[0], "viewBox")!.split(" ").map(Number);
    for (const rect of tags(svg, "rect")) {
      expect(num(rect, "x") + num(rect, "width")).toBeLessThanOrEqual(width);
      expect(num(rect, "y") + num(rect, "height")).toBeLessThanOrEqual(height);
    }
    const long = tags(svg, "text").find((t) => attr(t, "textLength"));
    expect(num(long!, "textLength")).toBeLessThanOrEqual(width);
    expect(texts(svg, 'class="chart-value"[^>]*')).toEqual(["0%", "11.6%"]);
  });
});
