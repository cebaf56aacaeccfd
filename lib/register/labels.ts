// Matching what people type in a spreadsheet against official labels: "商业 企业" for 商业企业,
// "，" for "、" (formats.md §1.4: third-party copies of the （六） rows use the comma), ASCII
// quotes and brackets, with or without the numbering ("（三）1." / "1." / "其中:").
import type { FormatDef } from "@/lib/formats/types";
import { applicantTypes, outcomeOptions, type RowOption } from "@/lib/register/structure";

/** An applicant column read with its group: "法人或其他组织 › 其他", never a bare "其他". */
export function applicantTypeLabel(key: string): string {
  const column = applicantTypes().find((c) => c.key === key);
  if (!column) return key;
  return column.path && column.path.length > 1 ? column.path.join(" › ") : column.label;
}

/** The applicant columns as choices, each read with its group. */
export function applicantTypeChoices(): { key: string; label: string }[] {
  return applicantTypes().map((c) => ({ key: c.key, label: applicantTypeLabel(c.key) }));
}

/** The applicant columns for a message or a help text: "自然人、法人或其他组织 › 商业企业、…". */
export function applicantTypeList(): string {
  return applicantTypeChoices()
    .map((c) => c.label)
    .join("、");
}

/** NFKC folds full-width brackets, commas and digits; the rest are the variants seen in copies. */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[、,]/g, ",")
    .replace(/[“”＂]/g, '"')
    .replace(/[‘’]/g, "'");
}

const NUMBERING = /^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+\.|其中:)/;

/** "（三）1.属于国家秘密" → "属于国家秘密": every leading number and "其中：" removed. */
export function withoutNumbering(label: string): string {
  let text = normalizeLabel(label);
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(NUMBERING, "");
  }
  return text;
}

function numberingOf(label: string): string {
  return NUMBERING.exec(normalizeLabel(label))?.[0] ?? "";
}

export type LabelMatch = { ok: true; key: string } | { ok: false; ambiguous: string[] } | { ok: false; ambiguous?: undefined };

export interface LabelIndex {
  resolve(text: string): LabelMatch;
}

/** An index of every way of writing each key; a spelling shared by two keys resolves to neither. */
export function labelIndex(entries: readonly { key: string; spellings: readonly string[] }[]): LabelIndex {
  const owners = new Map<string, Set<string>>();
  for (const { key, spellings } of entries) {
    for (const spelling of [key, ...spellings]) {
      const normal = normalizeLabel(spelling);
      if (!normal) continue;
      const set = owners.get(normal) ?? new Set<string>();
      set.add(key);
      owners.set(normal, set);
    }
  }
  return {
    resolve(text) {
      const found = owners.get(normalizeLabel(text));
      if (!found) return { ok: false };
      if (found.size > 1) return { ok: false, ambiguous: [...found] };
      return { ok: true, key: [...found][0] };
    },
  };
}

/** How an outcome row can be written: its key, its own label, with its group, with the group's number only. */
export function outcomeSpellings(option: RowOption): string[] {
  const own = option.path[option.path.length - 1];
  const group = option.path.length > 1 ? option.path[option.path.length - 2] : "";
  return [
    own,
    withoutNumbering(own),
    option.label,
    option.path.join(""),
    ...(group ? [group + own, numberingOf(group) + own] : []),
  ];
}

const outcomeIndexes = new WeakMap<FormatDef, LabelIndex>();

export function outcomeIndex(format: FormatDef): LabelIndex {
  let index = outcomeIndexes.get(format);
  if (!index) {
    index = labelIndex(outcomeOptions(format).map((option) => ({ key: option.key, spellings: outcomeSpellings(option) })));
    outcomeIndexes.set(format, index);
  }
  return index;
}

let applicantTypeIndexCache: LabelIndex | undefined;

/** Plain spellings a spreadsheet may use for the 其他 column under 法人或其他组织. */
const OTHER_APPLICANT_SPELLINGS = ["其他组织", "其他单位", "其他法人", "其他法人或其他组织"];

export function applicantTypeIndex(): LabelIndex {
  applicantTypeIndexCache ??= labelIndex(
    applicantTypes().map((c) => ({
      key: c.key,
      spellings: [c.label, applicantTypeLabel(c.key), ...(c.key === "other" ? OTHER_APPLICANT_SPELLINGS : [])],
    })),
  );
  return applicantTypeIndexCache;
}
