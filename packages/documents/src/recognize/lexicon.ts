// The vocabulary of the forms as data: every label spelling seen (../shared/corpus/labels.md, the seeds, the
// published templates) mapped to the concept it names. Recognisers ask the lexicon, never their own regexes.
// Spellings are matched by lexiconKey: no spaces, full-width brackets, no trailing colon, no （万元）.
// This module keys a spelling and looks it up; the tables are in lexicon-project-fields.ts,
// lexicon-form-words.ts, lexicon-department-fields.ts and lexicon-columns.ts.
import { TextMemo } from '@jixiao/core';
import { budgetTotalByWords } from './budget-total-words.ts';
import { isLocalSupervisor } from './local-supervisor-words.ts';
import { PROJECT_FIELDS, type ProjectField } from './lexicon-project-fields.ts';
import { GOAL_LABELS, KNOWN_EXTRA_LABELS } from './lexicon-form-words.ts';
import { DEPARTMENT_FIELDS, type DepartmentField } from './lexicon-department-fields.ts';
import { COLUMN_LABELS, type ColumnRole, TABLE_SECTION_LABELS } from './lexicon-columns.ts';

const PINYIN = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;
const AMOUNT_SUFFIX = /（(万元|元|盖章|公章|印章|签章|签字|分|A|B|B\/A|A\/B)）$/;

/**
 * The key a label is matched by: no spaces, no list numbering or 其中, full-width brackets, no trailing
 * colon, no （万元）（盖章）（A） suffix, no inline pinyin glosses and no OCR asterisks.
 */
export function lexiconKey(text: string): string {
  // Most cells need no keying; the others come back on every row of every form: remember them.
  if (isOwnKey(text)) return text;
  let k = keyCache.get(text);
  if (k === undefined) keyCache.set(text, (k = computeKey(text)));
  return k;
}

/**
 * The text is its own key (lexiconKey gives it back as it is): no space, asterisk, colon or bracket in it, and no
 * numbering or 其中 opening it. Most cells are; a reader may then look the text up as it stands.
 */
export function isOwnKey(text: string): boolean {
  return !NEEDS_KEYING.test(text) && !(mayOpenNumbered(text) && NUMBERED_OR_PART.test(text));
}

// Two tests, not one alternation: anchored alternatives inside one pattern are retried at every position.
const NEEDS_KEYING = /[\s\u3000*:：()（）]/;
const NUMBERED_OR_PART = /^(?:其中|[一二三四五六七八九十\d]+[.、．])/;
/** The first characters NUMBERED_OR_PART can open with: most texts are turned away by their first character. */
// (Character codes: charAt would make a string of each Han character it is asked.)
const NUMBERED_FIRST: ReadonlySet<number> = new Set(
  [...'其一二三四五六七八九十0123456789'].map((c) => c.charCodeAt(0)),
);
const mayOpenNumbered = (text: string) => NUMBERED_FIRST.has(text.charCodeAt(0));
const keyCache = new TextMemo<string>('lexiconKey', 50_000);

function computeKey(text: string): string {
  let k = text
    .replace(/[\s\u3000*]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(PINYIN, '')
    .replace(/[:：]+$/, '');
  k = k
    .replace(/^其中[：:]?/, '')
    .replace(/^([一二三四五六七八九十\d]+[.、．]|（[一二三四五六七八九十\d]+）)/, '');
  while (AMOUNT_SUFFIX.test(k)) k = k.replace(AMOUNT_SUFFIX, '');
  return k.replace(/[:：]+$/, '');
}

function invert<K extends string>(table: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const out = new Map<string, K>();
  for (const [concept, spellings] of Object.entries(table) as [K, readonly string[]][])
    for (const s of spellings) if (!out.has(lexiconKey(s))) out.set(lexiconKey(s), concept);
  return out;
}

const projectIndex: Map<string, ProjectField> = invert(PROJECT_FIELDS);
for (const s of KNOWN_EXTRA_LABELS)
  if (!projectIndex.has(lexiconKey(s))) projectIndex.set(lexiconKey(s), 'known');
const departmentIndex = invert(DEPARTMENT_FIELDS);
const goalIndex = invert(GOAL_LABELS);
const columnIndex = invert(COLUMN_LABELS);
/** Every key any of the four tables knows: whether a label is known at all asks one map, not four. */
const anyIndex: ReadonlySet<string> = new Set([
  ...projectIndex.keys(),
  ...departmentIndex.keys(),
  ...goalIndex.keys(),
  ...columnIndex.keys(),
]);

/** Every beginning of every key anyIndex holds, the whole key too (项, 项目, 项目名, 项目名称 …). */
const keyOpenings: ReadonlySet<string> = new Set(
  [...anyIndex].flatMap((key) => Array.from({ length: key.length }, (_, n) => key.slice(0, n + 1))),
);

/**
 * Some key the lexicon's tables hold starts with `text` (or is it). False says that no text opening with `text`
 * is one of those keys as written — a key read by its words (budget-total-words.ts) is not among them.
 */
export function opensLexiconKey(text: string): boolean {
  return keyOpenings.has(text);
}

/** Whether the lexicon knows a key as any concept (what projectConcept … columnConcept would answer, not null). */
export function isLexiconKey(key: string): boolean {
  return anyIndex.has(key) || budgetTotalByWords(key) !== null || isLocalSupervisor(key);
}

export function projectConcept(key: string): ProjectField | null {
  // A listed spelling first; a funds total worded by its period (年度预算资金总额) is read by its words.
  // … and a supervisor named by its local level (区级主管单位) by its words too (local-supervisor-words.ts).
  return projectIndex.get(key) ?? budgetTotalByWords(key) ?? (isLocalSupervisor(key) ? 'supervisor' : null);
}

export function departmentConcept(key: string): DepartmentField | null {
  return departmentIndex.get(key) ?? null;
}

export function goalConcept(key: string): 'long' | 'annual' | null {
  return goalIndex.get(key) ?? null;
}

export function columnConcept(key: string): ColumnRole | null {
  return columnIndex.get(key) ?? null;
}

/**
 * The last characters of the keys that name a column of `role`. Keying only drops characters (and makes
 * brackets full-width), so a text holding none of them cannot name such a column: a cheap test first.
 */
export function columnKeyEnds(role: ColumnRole): ReadonlySet<string> {
  const ends = new Set<string>();
  for (const [key, r] of columnIndex) {
    if (r !== role) continue;
    const last = key.at(-1) ?? '';
    ends.add(last);
    if (last === '）') ends.add(')');
  }
  return ends;
}

/** Every spelling of every concept, for finding labels inside run-together text. */
export function allSpellings(): string[] {
  const tables = [PROJECT_FIELDS, DEPARTMENT_FIELDS, GOAL_LABELS, COLUMN_LABELS] as const;
  const out = new Set<string>();
  for (const t of tables)
    for (const list of Object.values(t) as (readonly string[])[]) for (const s of list) out.add(s);
  for (const s of KNOWN_EXTRA_LABELS) out.add(s);
  for (const s of TABLE_SECTION_LABELS) out.add(s);
  return [...out];
}
