// The figures a disclosure's text states: "“三公”经费预算数为22.15万元，比上年增加4万元，增长22%" → threePublic,
// threePublicChange, threePublicChangePercent. A change is never read as the amount it changes; last year's
// budget and 决算 get their own keys. Labels come from the lexicon (core disclosure-lexicon.ts).
import {
  BUDGET_LINES,
  changesOfListTotals,
  Decimal,
  THREE_PUBLIC_LINES,
  threePublicLine,
} from '@jixiao/core';
import { normalizeProse, type Normalized } from './disclosure-text.ts';

/** A passage of text (a section, a paragraph) and the heading it sits under. */
export interface Passage {
  text: string;
  heading: string | null;
  /** Where each source line starts in `text`, for provenance. */
  starts: ReadonlyArray<{ at: number; line: number | null }>;
}

export interface Statement {
  key: string;
  /** 万元 as a decimal string, or a percent for …ChangePercent. */
  value: string;
  label: string;
  /** The words of the document the value was read from. */
  text: string;
  line: number | null;
  passage: number;
  confidence: number;
}

/** A sentence naming a 科目 by its 类 / 款 / 项: 1、一般公共服务支出（类）…（项）39.99万元, …如下：住房保障支出（类）…. */
const NAMES_ITEM = /[（(](?:类|款|项)[)）]/;
const AMOUNT = /(-?\d+(?:\.\d+)?)(亿元|万元|千元|元|万(?![人个辆次所家户]))/g;
const AMOUNT_AT = /\d+(\.\d+)?(亿元|万元|千元|元|万(?![人个辆次所家户]))/;
const PERCENT = /(-?\d+(?:\.\d+)?)[%％]/g;
const DOWN = /^(减少|下降|降低|压减|减)/;
/** Words that compare with another year: 比上年, 较2023年预算, 同比, 比上年年初预算, 较上年同期. */
const COMPARED =
  /(比|较|与|同比|相比)(上年|去年|上一年|\d{4}年度?)?(年初)?(预算数?|决算数?|执行数?|同期|实际)?(的)?$/;
/** A comparison with this year's own budget: 较年初预算数, 比年初预算 (not 比上年年初预算). */
const AGAINST_BUDGET = /(?<!上年|去年|上一年)(较|比)(年初)?预算数?$/;
/**
 * A comparison with this year's own budget in any phrasing: 较年初预算数, 与本年预算相比, 与2021年度预算相比 in a 2021
 * document (not 比上年年初预算, nor 比2020年预算 there): the change is the year's figure less its budget.
 */
function comparesWithOwnBudget(before: string, docYear: number | null): boolean {
  const own = docYear === null ? '本年度?' : `本年度?|${docYear}年度?`;
  // A bare 预算 (决算…比预算增加0万元) is the year's own budget too: 比上年预算 names last year's.
  return new RegExp(`(?<!上年|去年|上一年)(较|比|与)((${own})(年初)?|年初)?预算数?(相比|相较)?[，,]?$`).test(
    before,
  );
}

/** Words between a label and its amount: 支出预算为, 预算总额为, 共计, 预计完成 … */
const BETWEEN = /^(?!.*(比|较|占|的))[\p{Script=Han}（）]{0,14}$/u;

/** The year's figure against its own budget: 决算数大于预算数 / 支出小于年初预算. */
const OVER_BUDGET = /(大于|超过|超出|高于|多于|小于|低于|少于)(本年|年初|全年|调整后)?预算数?$/;
/** A completion rate against the year's budget: 完成年初预算, 为年初预算的, 占全年预算的. */
const BUDGET_RATE = /(完成|为|达到?|占)(本年|年初|全年|调整后)?预算数?的?$/;

/** A clause head naming only a year and the kind of figure: 2015年预算, 2015年度决算数为. */
const YEAR_ONLY = /^\d{4}年度?(预算|决算)数?(为|是)?$/;

interface Label {
  key: string;
  spelling: string;
  /** Spellings too generic for prose unless they open the clause: 收入, 支出, 合计. */
  opening: boolean;
}

const GENERIC = new Set(['收入', '支出', '合计', '总计', '运行费', '购置费', '运行维护费']);
const LABELS: Label[] = [...THREE_PUBLIC_LINES, ...BUDGET_LINES]
  .flatMap((l) => l.spellings.map((s) => ({ key: l.key, spelling: s, opening: GENERIC.has(s) })))
  .filter((l) => !(l.opening && l.key.startsWith('threePublic')))
  .sort((a, b) => b.spelling.length - a.spelling.length);

/** Reads every statement of the passages. `year` is the disclosure's; when unknown, the first figure's year. */
export function readProse(
  passages: readonly Passage[],
  year: number | null,
): { statements: Statement[]; year: number | null } {
  const norm = passages.map((p) => normalizeProse(p.text));
  let docYear = year;
  if (docYear === null)
    for (const n of norm) {
      for (const s of sentencesOf(n.text)) {
        const y = AMOUNT_AT.test(s.text) ? latestYear(s.text) : null;
        if (y !== null) {
          docYear = y;
          break;
        }
      }
      if (docYear !== null) break;
    }
  const statements: Statement[] = [];
  passages.forEach((p, pi) => statements.push(...readPassage(norm[pi]!, p, pi, docYear)));
  return { statements, year: docYear };
}

function readPassage(n: Normalized, p: Passage, pi: number, docYear: number | null): Statement[] {
  const out: Statement[] = [];
  const heading = p.heading ? normalizeProse(p.heading).text : '';
  const headingYear = leadingYear(heading);
  type Subject = { key: string; label: string; period: string };
  let subject: Subject | null = null;
  let lastYear: number | null = null;
  // "…三公经费预算为3328万元。其中，因公出国费50万元，…，公务用车购置及运行费2800万元。同口径比上年减少830万元":
  // after a sentence that lists the parts of a total, a sentence naming no subject of its own speaks of the
  // total again, not of the last part listed.
  let listed: { head: Subject } | null = null;
  // After a sentence naming a 科目 by its 类 / 款 / 项, until the next numbered point: the sentences speak of it.
  let inItemPoint = false;
  for (const s of sentencesOf(n.text)) {
    if (listed) subject = listed.head;
    const opensList = /^[，,]?其中/.test(s.text.trim());
    const head: Subject | null = subject;
    let named = 0;
    // "…二是2020年下拨了抚恤金74.31万元。2.上级补助收入8.38万元": a sentence opening the next numbered point does
    // not take the year of the sentence before it (a reason's), only its heading's.
    const opensPoint =
      /^\s*(\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/.test(
        s.text,
      );
    const year: number | null = leadingYear(s.text) ?? (opensPoint ? headingYear : (lastYear ?? headingYear));
    lastYear = year;
    if (NAMES_ITEM.test(s.text)) inItemPoint = true;
    else if (opensPoint) inItemPoint = false;
    const lead = s.text.slice(0, Math.max(0, s.text.search(AMOUNT_AT)));
    const actual = /决算|执行|完成|实际支出/.test(lead + heading);
    // "支出9.07万元，较年初预算数减少10.93万元，下降54.65%，较上年支出数减少0.71万元": the first change is
    // against this year's budget, not last year's figure; it and its rate are no year-on-year change.
    let againstBudget = false;
    let sentenceSubject: Subject | null = null;
    let itemBefore = false;
    // "公车购置及运行费995万元（其中公务用车购置费38万元，公务用车运行费958万元），比上年下降26.24%": the parts in
    // brackets are an aside; the clause after the bracket closes speaks of the line before it opened again.
    let outside: Subject | null | undefined;
    let closed = false;
    // A change after a 其中 list's last item that its rate gives to the list's total (changesOfListTotals) is the
    // total's: the subject before the list (none when its name is unknown) takes it and its rate.
    const ofTotals = changesOfListTotals(s.text);
    let listHead: Subject | null | undefined;
    for (const c of clausesOf(s.text, s.at)) {
      if (listHead === undefined && /其中/.test(c.text)) listHead = subject;
      if (closed) [subject, outside, closed] = [outside ?? subject, undefined, false];
      const opens = (c.text.match(/[（(]/g) ?? []).length;
      const closes = (c.text.match(/[)）]/g) ?? []).length;
      if (opens > closes && outside === undefined) outside = subject;
      else if (closes > opens && outside !== undefined) closed = true;
      // "社会保障和就业(类)…(款)…缴费支出(项)：支出决算为67.64万元": after a 科目 named by its 类 / 款 / 项, a clause
      // opening with a bare 支出 / 收入 states that 科目's figure, not the unit's total.
      const ofItem = itemBefore && /^\s*(支出|收入)/.test(c.text);
      itemBefore = /[（(](类|款|项)[)）]\s*$/.test(c.text);
      const inClause = ofItem ? null : labelIn(c.text);
      // "“三公”经费支出预算为24.5万元，支出决算为11.96万元": a bare 支出 after the sentence named a 三公 line is
      // that line's 支出, not the unit's total expenditure.
      // "…，占一般公共预算支出的84.06%，同比减少…": the line a share is of is its base, not the clause's subject.
      // So is it after the sentence named one fund's spending ("一般公共预算财政拨款支出年初预算为20707.11万元，支出决算为
      // 20218.21万元", fresh/647): that fund's 决算, not the unit's total.
      // After a sentence naming a 科目 (1、一般公共服务支出（类）…（项）39.99 万元。…支出决算为 39.99 万元) a bare 支出
      // is that 科目's, never the unit's total.
      const threePublicNamed: string | undefined = (sentenceSubject as Subject | null)?.key;
      // After one fund's income (政府性基金预算财政拨款收入105.00万元，支出105.00万元) it is that fund's spending.
      const partNamed: string | null = !threePublicNamed
        ? null
        : threePublicNamed.startsWith('threePublic') || /^expenditure[A-Z]/.test(threePublicNamed)
          ? threePublicNamed
          : (/^income(GeneralPublic|GovernmentFund|StateCapital)$/
              .exec(threePublicNamed)?.[1]
              ?.replace(/^/, 'expenditure') ?? null);
      const found: ReturnType<typeof labelIn> =
        /^\s*占/.test(c.text) || (inClause?.label === '支出' && inItemPoint)
          ? null
          : inClause && /^(支出|合计|总计)$/.test(inClause.label) && partNamed
            ? { ...inClause, key: partNamed }
            : inClause && spendingOfFund(inClause, subject)
              ? { ...inClause, key: subject!.key }
              : inClause;
      // A clause may name its own year and kind: "…，2023年公务接待费决算数为7万元".
      const cYear = leadingYear(c.text) ?? year;
      const cLead = c.text.slice(0, Math.max(0, c.text.search(AMOUNT_AT)));
      const cActual = actual || /决算|执行|完成|实际/.test(cLead);
      const period =
        cYear !== null && docYear !== null && cYear < docYear ? (cActual ? 'PriorActual' : 'Prior') : '';
      // The label as the document writes it ("“三公”经费预算"), for the import preview.
      const written = (at: number, length: number) => {
        const from = n.map[at] ?? 0;
        return p.text.slice(
          /[“"‘「]/.test(p.text[from - 1] ?? '') ? from - 1 : from,
          (n.map[at + length - 1] ?? 0) + 1,
        );
      };
      // "其中：工资福利支出预算2016908.34元，…同比增加33279.22元": an amount under a name the lexicon does not know
      // is that item's; the change after it is not the line named before.
      if (!found && (ofItem || namesOtherItem(cLead))) subject = null;
      if (found) {
        subject = {
          key: found.key,
          label: written(c.at + found.end - found.label.length, found.label.length),
          period,
        };
        if (found === inClause) sentenceSubject = subject;
        named++;
      }
      const push = (
        key: string,
        value: string,
        at: number,
        length: number,
        confidence: number,
        label: string,
      ) => {
        const src = n.map[at] ?? 0;
        const end = n.map[Math.min(at + length, n.map.length - 1)] ?? src;
        out.push({
          key,
          value,
          label,
          text: p.text.slice(src, end + 1).trim(),
          line: lineAt(p, src),
          passage: pi,
          confidence,
        });
      };
      const confidence = found && !found.exact ? 0.6 : 0.9;
      for (const m of c.text.matchAll(AMOUNT)) {
        const before = c.text.slice(0, m.index);
        const value = toWan(m[1]!, m[2]!);
        // "决算数大于预算数55.93万元": the year's figure less its own budget.
        const overBudget = OVER_BUDGET.exec(before);
        if (overBudget && subject) {
          push(
            `${subject.key}BudgetChange`,
            signed(/小于|低于|少于/.test(overBudget[1]!) ? '-' : '', value),
            c.at + m.index!,
            m[0].length,
            confidence,
            subject.label,
          );
          continue;
        }
        // "…变动较大的主要原因是2020年新增了605.99万元政府性基金…": the reason's figure, not the subject's change.
        if (/原因(是|为|主要是)/.test(before)) continue;
        const verb = /(增加|增长|上升|提高|减少|下降|降低|压减|增|减)了?$/.exec(before);
        if (verb) againstBudget = AGAINST_BUDGET.test(before.slice(0, -verb[0].length));
        // Against this year's budget (R-PUB-11 compares it with a 决算 table's 预算数 beside its 决算数).
        const sentenceBefore = s.text.slice(0, c.at - s.at + m.index!);
        if (verb && subject && comparesWithOwnBudget(sentenceBefore.slice(0, -verb[0].length), docYear))
          push(
            `${subject.key}BudgetChange`,
            signed(DOWN.test(verb[1]!) ? '-' : '', value),
            c.at + m.index!,
            m[0].length,
            confidence,
            subject.label,
          );
        if (verb && againstBudget) continue;
        if (verb && listHead !== undefined && ofTotals.some((t) => t.delta === m[1])) subject = listHead;
        if (verb && subject) {
          const sign = DOWN.test(verb[1]!) ? '-' : '';
          push(
            `${subject.key}${subject.period}Change`,
            signed(sign, value),
            c.at + m.index!,
            m[0].length,
            confidence,
            subject.label,
          );
          continue;
        }
        const compared = COMPARED.exec(before);
        if (compared && subject) {
          const prior = /决算|执行|实际/.test(compared[0]) ? 'PriorActual' : 'Prior';
          push(`${subject.key}${prior}`, value, c.at + m.index!, m[0].length, confidence, subject.label);
          continue;
        }
        // "公务接待费2016年预算8万元，2015年预算12.5万元": a clause naming only a year and its kind states the
        // subject's figure of that year.
        if (!found && subject && YEAR_ONLY.test(before)) {
          push(`${subject.key}${period}`, value, c.at + m.index!, m[0].length, confidence, subject.label);
          continue;
        }
        if (
          !found ||
          found.end > m.index! ||
          !BETWEEN.test(c.text.slice(found.end, m.index).replace(/^\d{4}年度?/, ''))
        )
          continue;
        // "支出预算为49.9万元，支出决算为7.69万元": in a sentence stating the 决算, a 预算 is this year's budget.
        const budget =
          period === '' &&
          /预算/.test(cLead) &&
          !/决算/.test(cLead) &&
          /(?<!预)决算[^，,。；\d]{0,4}\d/.test(s.text);
        push(
          `${found.key}${budget ? 'Budget' : period}`,
          value,
          c.at + m.index!,
          m[0].length,
          confidence,
          subject?.label ?? found.label,
        );
      }
      for (const m of c.text.matchAll(PERCENT)) {
        // "完成年初预算100%", "为年初预算的103.3%": the year's figure over its own budget.
        if (subject && BUDGET_RATE.test(c.text.slice(0, m.index))) {
          push(`${subject.key}BudgetRate`, m[1]!, c.at + m.index!, m[0].length, confidence, subject.label);
          continue;
        }
        const verb = /(增加|增长|上升|提高|减少|下降|降低|增|减)(了|幅度为?|率为?)?$/.exec(
          c.text.slice(0, m.index),
        );
        if (!verb || !subject) continue;
        const sign = DOWN.test(verb[1]!) ? '-' : '';
        // "较年初预算数减少4万元，下降2.2%": the rate of the change against this year's budget.
        if (againstBudget) {
          push(
            `${subject.key}BudgetChangePercent`,
            signed(sign, m[1]!),
            c.at + m.index!,
            m[0].length,
            confidence,
            subject.label,
          );
          continue;
        }
        push(
          `${subject.key}${subject.period}ChangePercent`,
          signed(sign, m[1]!),
          c.at + m.index!,
          m[0].length,
          confidence,
          subject.label,
        );
      }
      if (
        subject &&
        /(持平|没有变化|无变化|无增减|相同)$/.test(c.text) &&
        COMPARED.test(c.text.replace(/(持平|没有变化|无变化|无增减|相同)$/, ''))
      ) {
        push(`${subject.key}${subject.period}Change`, '0', c.at, c.text.length, confidence, subject.label);
        if (comparesWithOwnBudget(c.text.replace(/(持平|没有变化|无变化|无增减|相同)$/, ''), docYear))
          push(`${subject.key}BudgetChange`, '0', c.at, c.text.length, confidence, subject.label);
      }
    }
    listed = opensList && named >= 2 && head ? { head } : null;
  }
  // A statement made twice keeps its first reading.
  return out.filter((s, i) => out.findIndex((o) => o.key === s.key) === i);
}

/** The label of the clause nearest before its first number: the longest spelling there, or a 三公 stem. */
function labelIn(clause: string): { key: string; label: string; end: number; exact: boolean } | null {
  const firstNumber = clause.search(/\d+(\.\d+)?(亿元|万元|千元|元|万|%)/);
  const head = firstNumber < 0 ? clause : clause.slice(0, firstNumber);
  let best: { key: string; label: string; end: number; exact: boolean } | null = null;
  // A clause that names a 三公 line is about it: "…“三公”经费支出预算为" is not the 支出预算 total.
  const threePublic = LABELS.some((l) => l.key.startsWith('threePublic') && head.includes(l.spelling));
  const hits: Array<{ key: string; label: string; at: number; end: number }> = [];
  let opening: string | undefined; // the clause's opening word, found once for all the generic spellings
  for (const l of LABELS) {
    if (threePublic && !l.key.startsWith('threePublic')) continue;
    const at = l.opening
      ? (opening ??= openingOf(head)) === l.spelling
        ? head.indexOf(l.spelling)
        : -1
      : head.lastIndexOf(l.spelling);
    if (at >= 0 && !insideItemName(head, l, at))
      hits.push({ key: l.key, label: l.spelling, at, end: at + l.spelling.length });
  }
  // The label nearest the amount; a longer one it overlaps names the subject ("一般公共预算财政拨款支出预算":
  // 一般公共预算财政拨款支出, not 支出预算).
  hits.sort((a, b) => b.end - a.end || b.label.length - a.label.length);
  for (const h of hits) {
    if (!best) best = { key: h.key, label: h.label, end: h.end, exact: true };
    else if (h.end > best.end - best.label.length && h.label.length > best.label.length)
      best = { key: h.key, label: h.label, end: h.end, exact: true };
  }
  if (best) return best;
  // An unseen spelling of a 三公 line: lower confidence, never a missing line.
  const stem =
    /[\p{Script=Han}（）]{0,10}(出国|用车|接待)[\p{Script=Han}（）]{0,8}?(?=支出|预算|为|共计|$)/u.exec(head);
  const line = stem ? threePublicLine(stem[0]) : null;
  return line && stem
    ? { key: line.key, label: stem[0], end: stem.index + stem[0].length, exact: false }
    : null;
}

/**
 * "…一般公共预算财政拨款支出1264.92万元…。与2019年相比，一般公共预算财政拨款增加27.44万元": a fund named without
 * 收入 or 支出 right after its 支出 was the subject speaks of that 支出 again, not of the fund's income.
 */
function spendingOfFund(found: { key: string; label: string }, subject: { key: string } | null): boolean {
  if (subject === null || /收入|支出/.test(found.label) || !found.key.startsWith('income')) return false;
  return subject.key === found.key.replace(/^income/, 'expenditure');
}

/** The words before a clause's amount name an item of their own (工资福利支出预算), not a kind of figure or a change. */
function namesOtherItem(lead: string): boolean {
  const t = lead
    .replace(/^\s*(\d{1,2}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[)）])?\s*(其中)?[:：]?\s*/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/\s/g, '');
  if ([...t.matchAll(/\p{Script=Han}/gu)].length < 3) return false;
  // 与 inside a name (文化旅游体育与传媒支出类科目) is no comparison; 与上年 / 与2023年 / 与预算 are.
  if (/^(本年度?|全年|年度|当年)?(预算|决算|执行|实际)/.test(t)) return false;
  return !/(比|较|与(?=上年|去年|\d{4}年|年初|预算|同期)|同比|相比|对比|增|减|下降|上升|大于|小于|超|低于|高于|多于|少于|占|为|是|达|完成|共|合计|总计|计|约)/.test(
    t,
  );
}

/**
 * A total's spelling at the end of another item's name: "工资福利支出预算2016908.34元", "基本支出预算…" name
 * those items, not the unit's 支出预算. Only the words of a year and of the unit itself may stand before it.
 */
function insideItemName(head: string, l: Label, at: number): boolean {
  if ((l.key !== 'income' && l.key !== 'expenditure') || !/^(收入|支出)/.test(l.spelling)) return false;
  const before = head.slice(0, at).replace(/^.*[^\p{Script=Han}]/u, '');
  return /\p{Script=Han}/u.test(
    before.replace(/^(年度?|本年度?|全年|本部门|本单位|部门|单位|其中|本级|全部|当年)+/, ''),
  );
}

/** The word a clause opens with once its year and 本部门 are taken off ("2024年本部门收入…" → 收入). */
function openingOf(head: string): string {
  const t = head
    .replace(/^其中/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/^(本部门|本单位|部门|单位|全年)/, '');
  return /^(收入|支出|合计|总计)/.exec(t)?.[1] ?? '';
}

/**
 * The latest year a sentence states a figure for: "2024年…执行数2010.95万元，2025年…预算数2005.41万元，较上年…"
 * is about 2025, 2024 being the year before it.
 */
function latestYear(text: string): number | null {
  let year = leadingYear(text);
  for (const c of clausesOf(text, 0)) {
    const y = AMOUNT_AT.test(c.text) ? leadingYear(c.text) : null;
    if (y !== null && (year === null || y > year)) year = y;
  }
  return year;
}

/** The year a sentence is about: the last one before its first amount that is not a comparison (比2023年). */
function leadingYear(text: string): number | null {
  const first = text.search(AMOUNT_AT);
  const head = first < 0 ? text : text.slice(0, first);
  let year: number | null = null;
  for (const m of head.matchAll(/(?<![比较与同])(\d{4})年/g)) year = Number(m[1]);
  return year;
}

function sentencesOf(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  for (const m of text.matchAll(/[^。；！？\n]+/g)) out.push({ text: m[0], at: m.index! });
  return out;
}

/** The clauses of a sentence; a bracket opening a list (（其中…) opens a clause of its own. */
function clausesOf(text: string, at: number): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  for (const m of text.matchAll(/(?:[（(]其中)?(?:[^，：、（(]|[（(](?!其中))+|[（(]其中/g))
    out.push({ text: m[0], at: at + m.index! });
  return out;
}

function toWan(digits: string, unit: string): string {
  const d = new Decimal(digits);
  if (unit === '元') return d.div(10000).toFixed();
  if (unit === '千元') return d.div(10).toFixed();
  if (unit === '亿元') return d.mul(10000).toFixed();
  return digits;
}

const signed = (sign: string, v: string) => (sign && v !== '0' && !/^0(\.0+)?$/.test(v) ? `-${v}` : v);

function lineAt(p: Passage, at: number): number | null {
  let line: number | null = null;
  for (const s of p.starts) if (s.at <= at) line = s.line;
  return line;
}
