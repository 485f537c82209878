// The words of a form's signature and footer block as data: who filled it in (填表人), who checked and signed
// (审核人, 单位负责人签字), how to reach them (联系电话), the stamp (（盖章）, 单位公章) and the date (年 月 日).
// Such a line closes a table; it is never an indicator. Read by the recognisers (documents), which stop an
// indicator table at it and keep the contact where the form has a place for one, and by R-IND-17, which
// flags an indicator row that is such a line (a form typed or imported as JSON).

export type SignatureRole = 'filler' | 'contact' | 'reviewer' | 'head' | 'phone' | 'date';

/** Each role and its label spellings (as written, without the colon). */
export const SIGNATURE_LABELS: ReadonlyArray<{ role: SignatureRole; spellings: readonly string[] }> = [
  {
    role: 'filler',
    spellings: [
      '填表人',
      '填报人',
      '填表人员',
      '填报人员',
      '填表',
      '制表人',
      '制表',
      '经办人',
      '经办',
      '编制人',
    ],
  },
  { role: 'contact', spellings: ['联系人', '意见收集人'] },
  { role: 'reviewer', spellings: ['审核人', '复核人', '审批人', '审定人', '核稿人', '审核', '复核'] },
  {
    role: 'head',
    spellings: [
      '负责人',
      '单位负责人',
      '部门负责人',
      '财务负责人',
      '主要负责人',
      '分管负责人',
      '分管领导',
      '主管领导',
      '主要领导',
      '单位领导',
      '财务主管',
      '会计主管',
    ],
  },
  {
    role: 'phone',
    spellings: [
      '联系电话',
      '电话',
      '手机',
      '手机号',
      '手机号码',
      '联系方式',
      '办公电话',
      '固定电话',
      '电话号码',
      '联系号码',
    ],
  },
  {
    role: 'date',
    spellings: [
      '填报日期',
      '填表日期',
      '报送日期',
      '编制日期',
      '制表日期',
      '审核日期',
      '日期',
      '填报时间',
      '填表时间',
      // A printed sheet's footer or running head stamps when it was printed.
      '打印时间',
      '打印日期',
    ],
  },
];

/** Words of a stamp or a signature place: 财政资金管理科室（盖章）, 单位公章, 负责人签字. */
export const STAMP_WORDS: readonly string[] = ['盖章', '公章', '签章', '签字', '签名', '印章'];

/**
 * Labels of a website's footer, printed under the table when a page is saved or printed (主办单位：…
 * 技术支持：…): the page's chrome, never a row of the form.
 */
export const PAGE_FOOTER_LABELS: readonly string[] = [
  '主办单位',
  '承办单位',
  '协办单位',
  '技术支持',
  '版权所有',
  '网站标识码',
  '网站地图',
  '联系我们',
  'ICP备案号',
  '备案号',
];

/**
 * Words only a website's footer holds, wherever they stand in the line (鲁ICP备06032897号, 公网安备, 网站标识码：…,
 * 内容保障 | 公务邮箱): a page copied with its footer ends the table there.
 */
export const PAGE_FOOTER_WORDS: readonly string[] = [
  'ICP备',
  '公网安备',
  '网站标识码',
  '网站监督电话',
  '公务邮箱',
];

/** Labels of a note under a table: 备注：…, 注：1. …, 填表说明. */
export const FOOTNOTE_LABELS: readonly string[] = ['备注', '注', '说明', '填表说明', '填报说明', '附注'];

const PERSON_ROLES: ReadonlySet<SignatureRole> = new Set(['filler', 'contact', 'reviewer', 'head']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const spellingRole = new Map<string, SignatureRole>(
  SIGNATURE_LABELS.flatMap((l) => l.spellings.map((s) => [s, l.role] as const)),
);
const stampAlt = STAMP_WORDS.join('|');
// A label, a signature word after it (负责人签字) or in brackets (审核人（签字）), and its colon.
const LABEL = new RegExp(
  `(${[...spellingRole.keys()].sort(byLength).map(escape).join('|')})\\s*(?:${stampAlt})?\\s*(?:[（(]\\s*(?:${stampAlt})\\s*[)）])?\\s*[:：]?`,
  'y',
);
// 财政资金管理科室（盖章）, （盖章）, 单位公章：, 盖章 — an office's name may stand before the stamp word.
const STAMP = new RegExp(
  `(?:[^\\s:：（()）]{0,24}?\\s?[（(]\\s*(?:${stampAlt})\\s*[)）]|[^\\s:：（()）]{0,12}?(?:${stampAlt})(?=$|[\\s:：，,]))\\s*[:：]?`,
  'y',
);
const STAMP_WORD = new RegExp(stampAlt);
// 年 月 日 left blank (the year may be printed): ____年__月__日, 2023年 月 日.
const BLANK_DATE = /(?:(?:19|20)\d{2}|_+)?\s*年\s*_*\s*月\s*_*\s*日/y;
// A date, and the time a printing stamp gives after it (打印时间：2024-03-01 10:30).
const DATE =
  /(?:19|20)\d{2}\s*[年./\-－]\s*\d{1,2}\s*[月./\-－]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/y;
const PHONE = /[+＋]?(?:[(（]0\d{2,3}[)）])?\d[\d\-－]{5,}\d(?:转\d+)?/y;
const SEPARATOR = /[\s，,、；;|/]+/y;
const HAN_NAME = /[\p{Script=Han}·•]/u;

/** What a signature line says: each label with the text after it, and stamps, dates and phone numbers. */
export interface SignatureEntry {
  role: SignatureRole | 'stamp';
  /** The label as written ('' for a stamp, a blank date or a phone number written without a label). */
  label: string;
  value: string | null;
}

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && m[0].length > 0 ? m[0] : null;
}

/** A person's name at `at` (2–5 Han characters or a Latin name) that ends where a separator, a label or the text ends. */
function nameAt(text: string, at: number): string | null {
  for (let len = 2; len <= 6 && at + len <= text.length; len++) {
    const candidate = text.slice(at, at + len);
    if (![...candidate].every((ch) => HAN_NAME.test(ch))) break;
    const rest = at + len;
    if (rest === text.length || matchAt(SEPARATOR, text, rest) || anchorAt(text, rest)) return candidate;
  }
  const latin = /[A-Za-z][A-Za-z .]{1,20}/y;
  return matchAt(latin, text, at)?.trim() ?? null;
}

// 审核人员, 审核意见, 负责人们: a person's label at the start of a longer word is no label.
const LONGER_WORD = /^(?:员|们|数|率|量|意见|情况|结果|工作|制度|机制)/;
// Words that are also plain verbs (审核 | 通过 may be a row of a table): labels only with a colon or a signature word.
const VERB_LABELS: ReadonlySet<string> = new Set(['审核', '复核', '填表', '制表', '经办']);

/** The first characters of the label spellings: a label can start nowhere else. */
const LABEL_INITIALS: ReadonlySet<string> = new Set([...spellingRole.keys()].map((k) => k.charAt(0)));

/**
 * Whether the text can open with what a signature line opens with (after separators): a label, a stamp or
 * a blank date. Most rows asked are indicator rows that cannot, and are turned away without the patterns.
 */
function mayOpenWithAnchor(s: string): boolean {
  const lead = matchAt(SEPARATOR, s, 0)?.length ?? 0;
  return LABEL_INITIALS.has(s.charAt(lead)) || STAMP_WORD.test(s) || s.includes('年');
}

function anchorAt(text: string, at: number): (SignatureEntry & { length: number }) | null {
  LABEL.lastIndex = at;
  const label = LABEL.exec(text);
  if (label) {
    const role = spellingRole.get(label[1]!)!;
    const bare = label[0].trim() === label[1];
    const longer = PERSON_ROLES.has(role) && bare && LONGER_WORD.test(text.slice(at + label[0].length));
    if (!longer && !(bare && VERB_LABELS.has(label[1]!)))
      return { role, label: label[1]!, value: null, length: label[0].length };
  }
  // A stamp needs a stamp word and a blank date needs 年: most texts have neither, and the patterns are slow.
  const stamp = STAMP_WORD.test(text) ? matchAt(STAMP, text, at) : null;
  if (stamp)
    return { role: 'stamp', label: stamp.replace(/[:：]\s*$/, '').trim(), value: null, length: stamp.length };
  const blank = text.includes('年') ? matchAt(BLANK_DATE, text, at) : null;
  if (blank) return { role: 'date', label: '', value: null, length: blank.length };
  return null;
}

const WIDE_SPACE = /[\u3000\u00a0]/;

/**
 * Reads a line as a signature block, or null when it is anything else. The line is a signature block when it
 * starts with a label, a stamp or a blank date and holds nothing but labels, stamps, dates, phone numbers and
 * the names written after a person's label (填表人：宋云花 联系电话：16607326331 填报日期： 单位负责人签字：).
 */
export function readSignatureLine(text: string): SignatureEntry[] | null {
  const s = (WIDE_SPACE.test(text) ? text.replace(/[\u3000\u00a0]/g, ' ') : text).trim();
  if (s === '') return null;
  if (!mayOpenWithAnchor(s)) return null;
  const entries: SignatureEntry[] = [];
  let at = 0;
  let names = 0;
  while (at < s.length) {
    const sep = matchAt(SEPARATOR, s, at);
    if (sep) {
      at += sep.length;
      continue;
    }
    const anchor = anchorAt(s, at);
    if (anchor) {
      const { length, ...entry } = anchor;
      entries.push(entry);
      at += length;
      names = 0;
      continue;
    }
    if (entries.length === 0) return null;
    const last = entries.at(-1)!;
    const append = (v: string) => {
      last.value = last.value ? `${last.value} ${v}` : v;
    };
    const date = matchAt(DATE, s, at);
    if (date) {
      if (last.role === 'date' && last.value === null) append(date.trim());
      else entries.push({ role: 'date', label: '', value: date.trim() });
      at += date.length;
      continue;
    }
    const phone = matchAt(PHONE, s, at);
    if (phone) {
      if (last.role === 'phone' && last.value === null) append(phone);
      else entries.push({ role: 'phone', label: '', value: phone });
      at += phone.length;
      continue;
    }
    // Names only after a person's label (填表人：宋云花), at most two (刘三明 闵耀武).
    const name = PERSON_ROLES.has(last.role as SignatureRole) && names < 2 ? nameAt(s, at) : null;
    if (!name) return null;
    append(name);
    names++;
    at += name.length;
  }
  return entries.length > 0 ? entries : null;
}

/** True when the cells of a row, read together, are a signature block (see readSignatureLine). */
export function isSignatureLine(cells: readonly string[]): boolean {
  return readSignatureLine(cells.filter((c) => c.trim() !== '').join(' ')) !== null;
}

const FOOTNOTE = new RegExp(
  `^(?:${[...FOOTNOTE_LABELS].sort(byLength).map(escape).join('|')})\\s*[\\d一二三四五六七八九十]*\\s*[:：]`,
);

const FOOTNOTE_INITIALS: ReadonlySet<string> = new Set(FOOTNOTE_LABELS.map((l) => l.charAt(0)));

/** A note under a table: a first cell 备注 / 填表说明 alone, or 注：…, 备注：… . */
export function isFootnoteLine(cells: readonly string[]): boolean {
  const first = cells.find((c) => c.trim() !== '')?.trim() ?? '';
  // Every footnote label starts with one of a few characters: most rows are turned away by their first.
  if (!FOOTNOTE_INITIALS.has(first.charAt(0))) return false;
  if (FOOTNOTE.test(first)) return true;
  const key = first.replace(/\s+/g, '');
  return key !== '注' && key !== '说明' && FOOTNOTE_LABELS.includes(key);
}

const PAGE_FOOTER = new RegExp(
  `^(?:${[...PAGE_FOOTER_LABELS].sort(byLength).map(escape).join('|')})\\s*[:：©]`,
);

/**
 * A website's footer line under a table: its first cell 主办单位：…, 技术支持：…, 版权所有 ©…; a footer word anywhere
 * (…ICP备…号); or the site's owners written 某某人民政府主办  某某办公室承办.
 */
export function isPageFooterLine(cells: readonly string[]): boolean {
  const first = cells.find((c) => c.trim() !== '')?.trim() ?? '';
  return isPageFooterText(first, cells.join(' '));
}

/** isPageFooterLine for a row whose first filled cell (trimmed) and line (its cells joined by spaces) are at hand. */
export function isPageFooterText(first: string, line: string): boolean {
  if (PAGE_FOOTER.test(first)) return true;
  // (The owners' pattern opens with any character: the literal first, or it is tried at every position.)
  return PAGE_FOOTER_WORDS.some((w) => line.includes(w)) || (line.includes('主办') && SITE_OWNERS.test(line));
}

// 主办 and 承办 each closing a name: 临邑县人民政府主办  临邑县人民政府办公室承办.
const SITE_OWNERS = /\S主办\s+\S+承办(?:\s|$)/;

/** A mobile number (11 digits from 13…19…) anywhere in a text: a person's number, never an indicator's. */
export function mobileNumberIn(text: string | null | undefined): string | null {
  return /(?<!\d)1[3-9]\d{9}(?!\d)/.exec(text ?? '')?.[0] ?? null;
}
