// Numbers as report text writes them: 412, 1,234, ４１２ (full-width), 十二, 一百零三, 两千.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/** The value of a Chinese numeral (十二 → 12, 一百零三 → 103, 一万二千 → 12000), or null. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== null && digit !== 0) return null; // "一二" is no numeral
      digit = DIGITS[char];
    } else if (char in SMALL_UNITS) {
      // "十二": a 十 without a digit before it is one ten
      section += (digit ?? (char === "十" ? 1 : NaN)) * SMALL_UNITS[char];
      digit = null;
    } else if (char in LARGE_UNITS) {
      total = (total + section + (digit ?? 0)) * LARGE_UNITS[char];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  const value = total + section + (digit ?? 0);
  return Number.isFinite(value) ? value : null;
}

/** Full-width digits as ASCII, one character for one, so that offsets stay the same. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** An Arabic number with optional thousands separators (1,234 or 1，234), or null. */
export function parseArabic(text: string): number | null {
  const plain = asciiDigits(text).replace(/[,，](?=\d{3}(?!\d))/g, "");
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}
