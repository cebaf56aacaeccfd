// 信息处理费 of 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号, formats.md §4.3): 按件 or
// 按量, one method per application, both 超额累进 (each band's rate applies only to the part
// within it). Amounts are whole yuan, so integer arithmetic is exact.

/**
 * 申请人自收到收费通知之日起20个工作日内缴纳费用; the time from the notice to the payment is not
 * counted in the reply period, and an applicant who does not pay in time has the request closed
 * (表三 （六）2.). Cited as 国办函〔2020〕109号 without an article: the sources read for this
 * project give arts. 1–5 only; the notice, payment and deadline provisions come after them.
 */
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** The 信息处理费 received in a year, as one sentence of the report's narrative. */
export function feeSentence(fees: { year: number; requests: number; yuan: number }): string {
  if (fees.requests === 0) return `${fees.year}年，本机关未收取信息处理费。`;
  const yuan = Number.isInteger(fees.yuan) ? String(fees.yuan) : fees.yuan.toFixed(2);
  return `${fees.year}年，本机关依据《政府信息公开信息处理费管理办法》收取信息处理费${fees.requests}件，合计${yuan}元。`;
}

export type FeeMethod = "per_item" | "per_page";

export const FEE_METHODS: readonly { key: FeeMethod; label: string; unit: string; basis: string }[] = [
  { key: "per_item", label: "按件计收", unit: "件", basis: "国办函〔2020〕109号第四条：同一申请人一个自然月内累计申请的件数" },
  { key: "per_page", label: "按量计收", unit: "页", basis: "国办函〔2020〕109号第五条：同一申请的页数（纸质件、发送电子邮件、复制电子数据）" },
];

export interface FeeBand {
  /** first unit of the band (1-based, inclusive) */
  from: number;
  /** last unit, inclusive; null = no upper end */
  to: number | null;
  /** yuan per unit */
  rate: number;
}

/**
 * 按件 (art. 4): ≤10 free; 11–30 100元/件; from 31, "以10件为一档，每增加一档，收费标准提高100元/件":
 * read as 31–40 200元, 41–50 300元 … (an interpretation: the text is not written out, formats.md §4.3).
 */
export function perItemBand(unit: number): FeeBand {
  if (unit <= 10) return { from: 1, to: 10, rate: 0 };
  if (unit <= 30) return { from: 11, to: 30, rate: 100 };
  const step = Math.floor((unit - 31) / 10);
  return { from: 31 + step * 10, to: 40 + step * 10, rate: 200 + step * 100 };
}

/** 按量 (art. 5): ≤30页 free; 31–100 10元/页; 101–200 20元/页; 201 on 40元/页. */
export function perPageBand(unit: number): FeeBand {
  if (unit <= 30) return { from: 1, to: 30, rate: 0 };
  if (unit <= 100) return { from: 31, to: 100, rate: 10 };
  if (unit <= 200) return { from: 101, to: 200, rate: 20 };
  return { from: 201, to: null, rate: 40 };
}

export interface FeeLine {
  from: number;
  to: number;
  count: number;
  rate: number;
  amount: number;
}

export interface FeeComputation {
  method: FeeMethod;
  quantity: number;
  alreadyCounted: number;
  totalYuan: number;
  lines: FeeLine[];
  /** the computation in Chinese, one band per part */
  explanation: string;
}

/**
 * The fee for `quantity` units of one application. `alreadyCounted` (按件 only) is the number
 * of the same applicant's applications earlier in the same calendar month: the bands run over
 * the month's cumulative count, so the 11th application of a month costs 100元.
 */
export function computeFee(input: { method: FeeMethod; quantity: number; alreadyCounted?: number }): FeeComputation {
  const { method, quantity } = input;
  const alreadyCounted = method === "per_item" ? input.alreadyCounted ?? 0 : 0;
  if (!Number.isInteger(quantity) || quantity < 0) throw new RangeError("quantity must be an integer ≥ 0");
  if (!Number.isInteger(alreadyCounted) || alreadyCounted < 0) throw new RangeError("alreadyCounted must be an integer ≥ 0");
  const band = method === "per_item" ? perItemBand : perPageBand;
  const unitName = method === "per_item" ? "件" : "页";
  const lines: FeeLine[] = [];
  let unit = alreadyCounted + 1;
  const last = alreadyCounted + quantity;
  while (unit <= last) {
    const b = band(unit);
    const to = b.to === null ? last : Math.min(b.to, last);
    const count = to - unit + 1;
    lines.push({ from: unit, to, count, rate: b.rate, amount: count * b.rate });
    unit = to + 1;
  }
  const totalYuan = lines.reduce((sum, line) => sum + line.amount, 0);
  const label = FEE_METHODS.find((m) => m.key === method)?.label ?? method;
  const parts = lines.map((l) =>
    l.rate === 0
      ? `第 ${l.from}–${l.to} ${unitName}免费（${l.count} ${unitName}）`
      : `第 ${l.from}–${l.to} ${unitName} ${l.count} ${unitName} × ${l.rate} 元 = ${l.amount} 元`,
  );
  const month = method === "per_item" && alreadyCounted > 0 ? `（本月此前已累计 ${alreadyCounted} 件）` : "";
  const explanation =
    quantity === 0 ? `${label}：0 ${unitName}，不收费。` : `${label}${month}：${parts.join("；")}；合计 ${totalYuan} 元。`;
  return { method, quantity, alreadyCounted, totalYuan, lines, explanation };
}
