// The table of contents of a disclosure (one entry a line, or a PDF page flattened into one paragraph with
// page numbers inline), and the sections of such a flattened page cut at the headings its contents name.
import { disclosureTableKind, lexiconKey } from '@jixiao/core';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${ones ? NUMERALS[ones - 1] : ''}`;
}

/**
 * A contents entry's table name: "7、2024年一般公共预算“三公”经费支出表" → "一般公共预算“三公”经费支出表",
 * "1.区行政审批局 2020 年部门收支总表" → "部门收支总表". A standard table only, unless `anyTable` (inside a 目录,
 * where "10.区行政审批局项目绩效目标申报表" is listed too).
 */
export function contentsEntry(text: string, anyTable = false): string | null {
  const t = text
    .trim()
    .replace(/\s+\d{1,3}$/, '')
    .replace(/^([一二三四五六七八九十]+、|\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）])\s*/, '')
    .replace(/\s+/g, '');
  const bare = t.replace(/^.{0,30}?(19|20)\d{2}年度?/, '');
  if (disclosureTableKind(bare)) return bare;
  return anyTable && /表([（(][^（）()]{1,12}[)）])?$/.test(bare) && bare.length <= 40 ? bare : null;
}

/** Page numbers a flattened PDF page carries inline ("…发生; 3 7、组织…"): taken out. */
export function withoutPageNumbers(text: string): string {
  return text.replace(/(^|\s)\d{1,3}(?=\s)(?![\s]*[万亿千元年月日个人%％])/g, '$1').replace(/\s{2,}/g, ' ');
}

export interface FlatPart {
  /** "第二部分 …" as written, or null before the first part. */
  part: string | null;
  /** Entries 一、… in order, as written. */
  entries: string[];
}

/**
 * The contents of a flattened page after its 目录: parts (第一部分 …) and their numbered entries, read in order
 * (一、 then 二、 …, so 十二、 is not taken for 二、). Ends where a part number comes again (the body begins);
 * returns where the body starts in `text`.
 */
export function readFlatContents(text: string): { parts: FlatPart[]; body: number } | null {
  const at = text.search(/目\s*录/);
  if (at < 0) return null;
  const parts: FlatPart[] = [];
  const seen = new Set<string>();
  const partRe = /第([一二三四五六七八九十]+)部分/g;
  partRe.lastIndex = at;
  const marks: Array<{ n: string; at: number }> = [];
  for (let m = partRe.exec(text); m; m = partRe.exec(text)) {
    if (seen.has(m[1]!)) {
      marks.push({ n: '', at: m.index });
      break;
    }
    seen.add(m[1]!);
    marks.push({ n: m[1]!, at: m.index });
  }
  if (marks.length < 2) return null;
  for (let k = 0; k < marks.length - 1; k++) {
    const chunk = text.slice(marks[k]!.at, marks[k + 1]!.at);
    const entries: string[] = [];
    let from = 0;
    let head = chunk.length;
    for (let n = 1; n <= 40; n++) {
      const i = chunk.indexOf(`${chineseNumber(n)}、`, from);
      if (i < 0) break;
      if (n === 1) head = i;
      else entries.push(chunk.slice(from, i).trim());
      from = i;
    }
    if (from > 0 || head < chunk.length) entries.push(chunk.slice(from).trim());
    parts.push({ part: chunk.slice(0, head).trim(), entries: entries.filter((e) => e.length > 0) });
  }
  return { parts, body: marks.at(-1)!.at };
}

/**
 * The sections of a flattened body cut at the headings its contents name ("一、部门职责"), each with its text.
 * Headings are found in order; a heading that is not in the body ends the search.
 */
export function cutSections(
  body: string,
  headings: readonly string[],
): Array<{ title: string; text: string; at: number }> {
  const found: Array<{ title: string; at: number; end: number }> = [];
  let from = 0;
  for (const h of headings) {
    const i = body.indexOf(h, from);
    if (i < 0) continue;
    found.push({ title: h, at: i, end: i + h.length });
    from = i + h.length;
  }
  return found.map((f, k) => {
    const next = found[k + 1]?.at ?? body.length;
    // The next part's heading (第二部分 …) ends a section too.
    const text = body.slice(f.end, next).replace(/第[一二三四五六七八九十]+部分[^。]*$/, '');
    return { title: f.title, text: text.trim(), at: f.end };
  });
}

/** A numbered contents entry naming a section heading of the text (not a table). */
export function isSectionEntry(entry: string): boolean {
  return /^[一二三四五六七八九十]+、/.test(entry) && !contentsEntry(entry) && lexiconKey(entry).length <= 40;
}
