// What the explanation text of a disclosure says about its own numbers, read paragraph by paragraph: the
// items a 「其中」 lists under the amount before it, shares of one base, "占…%" left empty, and counts stated
// beside the items listed ("共15个项目" over 16 items). Amounts in 万元 whatever the text writes (元, 千元, 亿元).
import { Decimal } from '../../money/decimal.ts';
import { joinThousands } from './text.ts';

export interface Amount {
  label: string;
  /** 万元 */
  value: Decimal;
  written: string;
  at: number;
}

// "合计为807.95万，其中：…": 万 alone is 万元 where no word follows it (not 3万人, 5万亩).
const AMOUNT = /(\d+(?:\.\d+)?)(亿元|万元|千元|元|万(?!\p{Script=Han}))/gu;
/** Words before an amount that make it a change or a comparison, not a figure of its own. */
const CHANGE_BEFORE =
  /(增加|增长|上升|提高|减少|下降|降低|压减|增|减|比|较|同比|相比|上年同期|为年初预算的|是上年同期的)[了为]?$/;

export function toWan(digits: string, unit: string): Decimal {
  const d = new Decimal(digits);
  return unit === '元' ? d.div(10000) : unit === '千元' ? d.div(10) : unit === '亿元' ? d.mul(10000) : d;
}

/**
 * Half a unit of the last digit a figure is written to, in 万元 (38万元: 0.5; 12.34万元: 0.005; 75800元: 0.00005),
 * at least half a 分 of 万元 (0.005) as the sums of cent figures were always allowed.
 */
export function roundingOf(a: Pick<Amount, 'written'>): Decimal {
  return Decimal.max(halfUnitOf(a), new Decimal('0.005'));
}

/** Half a unit of the last digit a figure is written to, in 万元, exactly (75800元: 0.00005; 165247.88元: 0.0000005). */
export function halfUnitOf(a: Pick<Amount, 'written'>): Decimal {
  const m = /(\d+)(?:\.(\d+))?(亿元|万元|千元|元|万)$/.exec(a.written);
  if (!m) return new Decimal('0.005');
  return toWan(
    new Decimal(10)
      .pow(-(m[2] ?? '').length)
      .div(2)
      .toFixed(),
    m[3]!,
  );
}

/** The text without the spaces PDF and web pages put around numbers; one paragraph per line. */
export function paragraphs(text: string): string[] {
  return (
    joinThousands(text.replace(/[ \t\u3000]+/g, ''))
      // A PDF's line broken between words and their figure ("…同比增加\n2433505.07元") runs on: the figure is theirs.
      .replace(/(\p{Script=Han})\n(?=\d)/gu, '$1')
      .split('\n')
      .filter((p) => p.trim() !== '')
  );
}

/** The figures a stretch of text states (changes and comparisons left out), each with the label before it. */
export function amountsIn(text: string, offset = 0): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    // A PDF's text spaces its characters out and breaks its lines anywhere ("同 比 增 加\n2433505.07 元"): the
    // words before an amount are read without them.
    const before = text.slice(0, m.index).replace(/\s+/g, '');
    if (CHANGE_BEFORE.test(before)) continue;
    const label =
      /([\p{Script=Han}（）()“”]{2,24}?)(?:预计)?(?:完成|为|共计|合计|总计|安排|达到)?$/u.exec(
        before.slice(-30),
      )?.[1] ?? '';
    out.push({ label, value: toWan(m[1]!, m[2]!), written: m[0], at: offset + m.index! });
  }
  return out;
}

/** A clause opening the next numbered point of a text: 三、… / （三）… / 3、… (not 3.5 or a date). */
const NEXT_POINT =
  /[，,；;](?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}、)/;

export interface Listing {
  /** The amount the 其中 follows. */
  parent: Amount;
  /** The figure stated before the parent in the same paragraph, if any (a breakdown may belong to both). */
  previous: Amount | null;
  /** Every figure of the paragraph before the 其中 (a second 其中 may split the total the first one split). */
  earlier: Amount[];
  items: Amount[];
  excerpt: string;
}

/**
 * Each 「其中」 of a paragraph with the figure it follows and the items it lists: one item per clause that
 * states a figure (a clause with only a change or a rate belongs to the item before it), up to the end of
 * the sentence; a nested 其中 lists the parts of the item before it, not of the outer figure.
 */
export function listings(paragraph: string): Listing[] {
  const out: Listing[] = [];
  for (const m of paragraph.matchAll(/其中[:：,，]?/g)) {
    const start = m.index! + m[0].length;
    const before = amountsIn(paragraph.slice(0, m.index));
    const parent = before.at(-1);
    if (!parent) continue;
    // Only a figure of the same sentence or the one just before: a 其中 further off belongs elsewhere.
    const between = paragraph.slice(parent.at + parent.written.length, m.index);
    if ((between.match(/。/g) ?? []).length > 1) continue;
    const end = paragraph.indexOf('。', start);
    let body = paragraph.slice(start, end < 0 ? undefined : end);
    const nested = body.search(/其中[:：,，]?/);
    // The nested list's items are its own; the outer list stops at the item that opens it.
    if (nested >= 0) body = body.slice(0, nested);
    // "…，其中公务用车运行费150万元，…，三、2023年公务接待费预算200万元": a numbered heading opens the text's
    // next point, which the list does not run into.
    const heading = body.search(NEXT_POINT);
    if (heading >= 0) body = body.slice(0, heading);
    // 公务用车购置及运行费28万元（公务用车购置费0万元，公务用车运行维护费28万元）: the amounts in brackets
    // after an item are its own parts, not items of the list (a bracket left open where the sentence ends too).
    body = body.replace(/[（(][^（()）]*(?:[)）]|$)/g, (b) => (amountsIn(b).length > 0 ? '' : b));
    const items = body
      .split(/[，,；;、]/)
      .flatMap((clause) => amountsIn(clause).slice(0, 1))
      .filter((a) => a.label !== '');
    if (items.length === 0) continue;
    // Items whose names repeat (支出…，年初预算…，差值…；支出…，年初预算…，差值…) carry several figures each:
    // which of them make up the total cannot be told.
    const labels = items.map((i) => i.label);
    if (labels.some((l, i) => labels.indexOf(l) !== i)) continue;
    out.push({
      parent,
      previous: before.at(-2) ?? null,
      earlier: before,
      items,
      excerpt: paragraph.slice(Math.max(0, m.index! - 20), Math.min(paragraph.length, start + 30)),
    });
  }
  return out;
}

export interface Shares {
  base: string;
  items: Array<{ label: string; share: Decimal; written: string }>;
  sentence: string;
}

/** Shares of one base stated in one sentence ("基本支出600万元，占60%；项目支出400万元，占40%"). */
export function sharesOf(paragraph: string): Shares[] {
  const out: Shares[] = [];
  for (const sentence of paragraph.split('。')) {
    const byBase = new Map<string, Shares>();
    for (const m of sentence.matchAll(
      /([\p{Script=Han}（）()“”]{2,20}?)[\d.]+(?:亿元|万元|千元|元)[，,]?占([\p{Script=Han}“”（）]{0,20}?)(?:的|比例为|比重为|比重|比例)?(\d+(?:\.\d+)?)[%％]/gu,
    )) {
      const base = m[2]!.replace(/的$/, '');
      const s = byBase.get(base) ?? { base, items: [], sentence };
      s.items.push({ label: m[1]!, share: new Decimal(m[3]!), written: m[3]! });
      byBase.set(base, s);
    }
    out.push(...[...byBase.values()].filter((s) => s.items.length >= 2));
  }
  return out;
}

/**
 * Shares of one named base stated in the numbered points of one list, one a point: "1. 基本支出预算2476260.58元，
 * 占一般公共预算支出的84.06%…" and "2. 项目支出469500元，占一般公共预算支出的19.62%…" (the parts of one split).
 * Points restart the list where their numbering does (1., 2., then 1. again).
 */
export function pointShares(text: string): Shares[] {
  const flat = text.replace(/[ \t\u3000]+/g, '');
  const out: Shares[] = [];
  let list = new Map<string, Shares>();
  let last = 0;
  const re =
    /(?:^|\n|。)(\d{1,2})[.．、]([\p{Script=Han}（）()“”]{2,24}?)\d+(?:\.\d+)?(?:亿元|万元|千元|元)[，,]?占([\p{Script=Han}“”（）]{2,20}?)的?(\d+(?:\.\d+)?)[%％]/gu;
  const close = () => out.push(...[...list.values()].filter((s) => s.items.length >= 2));
  for (const m of flat.matchAll(re)) {
    const n = Number(m[1]);
    if (n !== last + 1) {
      close();
      list = new Map();
    }
    last = n;
    const base = m[3]!;
    const s = list.get(base) ?? { base, items: [], sentence: m[0].replace(/^[\n。]/, '') };
    s.items.push({ label: m[2]!, share: new Decimal(m[4]!), written: m[4]! });
    list.set(base, s);
  }
  close();
  return out;
}

export interface WholeShares {
  items: Array<{ label: string; amount: Decimal; share: Decimal; written: string; at: number }>;
  sentence: string;
}

/**
 * Shares that name no base of their own, of a whole the sentence does not state: "“三公”经费支出决算中，因公出国
 * (境)费支出0万元，占0%；公务用车…4.02万元，占33.61%；公务接待费支出7.94万元，占66.39%" (the whole is the
 * items' sum, stated elsewhere in the text).
 */
export function sharesOfWhole(paragraph: string): WholeShares[] {
  const out: WholeShares[] = [];
  let at = 0;
  for (const sentence of paragraph.split('。')) {
    const items = [
      ...sentence.matchAll(
        /([\p{Script=Han}（）()“”]{2,24}?)(\d+(?:\.\d+)?)(亿元|万元|千元|元)[，,]?占(\d+(?:\.\d+)?)[%％]/gu,
      ),
    ].map((m) => ({
      label: m[1]!,
      amount: toWan(m[2]!, m[3]!),
      share: new Decimal(m[4]!),
      written: m[4]!,
      at: at + m.index! + m[1]!.length,
    }));
    if (items.length >= 2) out.push({ items, sentence });
    at += sentence.length + 1;
  }
  return out;
}

/**
 * "占%", "占比%" and "占 …%" with no number: a share left blank. When the share stands in a clause of its own
 * (因公出国(境)费 0 万元，占 %), the clause before it comes along, so that the finding names the item.
 */
export function emptyShares(paragraph: string): string[] {
  return [
    ...paragraph.matchAll(
      // 占%, 占比为%, and with the base named: 占基本支出预算%, 占一般公共预算支出的比重%
      /(?:[^，,；;。]{1,30}[，,]\s*)?[^，,；;。]{0,20}占(?:[\p{Script=Han}“”（）()]{1,20}?的?)?(?:比|比重|比例)?(?:为)?\s*[%％]/gu,
    ),
  ].map((m) => m[0]);
}

export interface NamedShare {
  label: string;
  /** 万元 */
  amount: Decimal;
  written: string;
  amountWritten: string;
  base: string;
  sentence: string;
}

/**
 * Shares whose base the sentence names ("商品和服务支出预算165247.88元，占基本支出预算18.76%"): the item, its
 * amount, the base's name as written (a trailing 的 and 比重 / 比例 taken off) and the share.
 */
export function namedBaseShares(paragraph: string): NamedShare[] {
  const out: NamedShare[] = [];
  for (const sentence of paragraph.split(/[。；;]/))
    for (const m of sentence.matchAll(
      /([\p{Script=Han}（）()“”]{2,24}?)(\d+(?:\.\d+)?)(亿元|万元|千元|元)[，,]?占([\p{Script=Han}“”（）()]{2,20}?)(?:的)?(?:比重|比例)?(?:为)?(\d+(?:\.\d+)?)[%％]/gu,
    ))
      out.push({
        label: m[1]!,
        amount: toWan(m[2]!, m[3]!),
        amountWritten: `${m[2]}${m[3]}`,
        base: m[4]!,
        written: m[5]!,
        sentence,
      });
  return out;
}

export interface BasicSplit {
  total: Amount;
  personnel: Amount;
  publicFunds: Amount;
  excerpt: string;
}

/**
 * "一般公共预算基本支出911000.39元，其中：人员经费809961.19元，主要包括：…。公用经费71339.2元，主要包括：…":
 * 基本支出 and the 人员经费 and 公用经费 a 其中 after it names, which make it up whole (DOMAIN.md §4: 基本支出 =
 * 人员经费 + 公用经费); the 公用经费 may stand in the sentence after the 人员经费's list of what it covers, as long
 * as no other figure stands between them. A third figure after the 公用经费 in its sentence leaves the split
 * unread (it may be a part of its own).
 */
export function basicSplits(text: string): BasicSplit[] {
  const flat = paragraphs(text).join('\n');
  const out: BasicSplit[] = [];
  const re =
    /基本支出(?:预算|决算)?(?:数)?(?:为|共计|合计)?(\d+(?:\.\d+)?(?:亿元|万元|千元|元))[，,]?其中[:：]?\s*人员经费(?:支出)?(?:为)?(\d+(?:\.\d+)?(?:亿元|万元|千元|元))([^\d]{0,300}?)公用经费(?:支出)?(?:为)?(\d+(?:\.\d+)?(?:亿元|万元|千元|元))([^。\n]*)/g;
  for (const m of flat.matchAll(re)) {
    if (/\d+(?:\.\d+)?(?:亿元|万元|千元|元)/.test(m[5]!)) continue;
    const [total, personnel, publicFunds] = [m[1]!, m[2]!, m[4]!].map((w) => amountsIn(w)[0]!);
    if (!total || !personnel || !publicFunds) continue;
    out.push({ total, personnel, publicFunds, excerpt: m[0].slice(0, 60) });
  }
  return out;
}

export interface Count {
  stated: number;
  listed: number;
  what: string;
  excerpt: string;
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const number = (s: string) => (/^\d+$/.test(s) ? Number(s) : (CN_DIGITS[s] ?? NaN));

/**
 * "共N个项目" against what the text then lists: the counts of the groups it splits them into ("年初8个项目 …
 * 年中增加8个项目", "部门项目共8个 … 公共项目共18个") or the items it names one by one ("分别为：甲、乙、丙").
 */
export function counts(text: string): Count[] {
  const out: Count[] = [];
  const flat = paragraphs(text).join('\n');
  const stated = /(?:项目|单位)共(?:计|有)?(\d+)个|共(?:有|计)?(\d+)个(项目|单位)/.exec(flat);
  if (!stated) return out;
  const n = Number(stated[1] ?? stated[2]);
  const what = stated[3] ?? (/单位共/.test(stated[0]) ? '单位' : '项目');
  const rest = flat.slice(stated.index + stated[0].length);
  // Groups: "X项目共8个" / "增加8个项目" / "年初批复预算8个项目" (a parenthesis "含…5个" is inside one of them).
  const outside = rest.replace(/[（(][^）)]*[）)]/g, '');
  const head = outside.split('\n').slice(0, 4).join('\n');
  const groups = [
    ...head.matchAll(
      new RegExp(
        `(?:${what}共|共)(\\d+|[一二两三四五六七八九十])个(?!${what})|(\\d+|[一二两三四五六七八九十])个${what}`,
        'g',
      ),
    ),
  ].map((m) => number(m[1] ?? m[2]!));
  if (groups.length >= 2 && groups.every((g) => !Number.isNaN(g))) {
    const listed = groups.reduce((a, g) => a + g, 0);
    if (listed !== n) out.push({ stated: n, listed, what, excerpt: stated[0] });
  }
  return out;
}

export interface ListShare {
  label: string;
  /** 万元 */
  amount: Decimal;
  amountWritten: string;
  share: Decimal;
  written: string;
}

export interface ListShares {
  base: string;
  items: ListShare[];
  sentence: string;
}

const CN_POINT: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/**
 * Shares of one named base stated point by point in a numbered list, one point each — "（一）文化旅游体育与传媒
 * 支出类科目850088.3元，占支出总预算78.33%，…。（二）社会保障和就业支出类科目116433.12元，占支出总预算10.73%…"
 * (also 1. / 1、) — with the item's amount; a line a PDF breaks anywhere runs on (a line not ending a sentence).
 * A list restarts where its numbering does.
 */
export function pointListShares(text: string): ListShares[] {
  const flat = text.replace(/[ \t\u3000]+/g, '').replace(/([^。；;：:\n])\n(?=[^\n])/g, '$1');
  const out: ListShares[] = [];
  let list = new Map<string, ListShares>();
  let last = 0;
  const close = () => out.push(...[...list.values()].filter((s) => s.items.length >= 2));
  const re =
    /(?:^|\n|。|；|;)[（(]?([一二三四五六七八九十]|\d{1,2})[）).．、]([\p{Script=Han}（）()“”]{2,30}?)(\d+(?:\.\d+)?)(亿元|万元|千元|元)[，,]?占([\p{Script=Han}“”（）]{2,20}?)的?(?:比重|比例)?(?:为)?(\d+(?:\.\d+)?)[%％]/gu;
  for (const m of flat.matchAll(re)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : CN_POINT[m[1]!]!;
    if (n !== last + 1) {
      close();
      list = new Map();
    }
    last = n;
    const base = m[5]!;
    const s = list.get(base) ?? { base, items: [], sentence: m[0].replace(/^[\n。；;]/, '') };
    s.items.push({
      label: m[2]!,
      amount: toWan(m[3]!, m[4]!),
      amountWritten: `${m[3]}${m[4]}`,
      share: new Decimal(m[6]!),
      written: m[6]!,
    });
    list.set(base, s);
  }
  close();
  return out;
}
