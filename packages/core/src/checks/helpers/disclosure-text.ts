// Reading the numbers that the explanation text of a disclosure restates: amounts, shares, changes.
import { Decimal } from '../../money/decimal.ts';
import { joinThousands } from './text.ts';

export interface Change {
  /** The amount the change is about (this year). */
  amount: string;
  direction: 'increase' | 'decrease';
  delta: string;
  percent: string | null;
  sentence: string;
}

const NUM = '(\\d+(?:\\.\\d+)?)';

/** The sentence text with the spaces PDF extraction puts around numbers removed. */
export function compact(text: string): string {
  // A change stated in the sentence after its amount ("…4804.64万元。比2019年…") belongs to it.
  return joinThousands(text.replace(/[ \t\u3000]+/g, '')).replace(/万元。(?=比\d{4}年)/g, '万元，');
}

export function sentences(text: string): string[] {
  return compact(text)
    .split(/(?<=[。；])|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** "X万元，比2019年预算减少D万元，下降P%" (or "较上年支出数减少D万元") in every sentence. */
export function readChanges(text: string): Change[] {
  const re = new RegExp(
    `${NUM}万元[^。；]*?(?:比\\d{4}年(?:预算)?|较上年(?:支出|决算)数)(增加|减少|增长|下降)\\)?${NUM}万元[，,]?(?:增长|下降|升高|降低|增加|减少|[（(](?:增长|下降)[）)])*${NUM}?%?`,
    'g',
  );
  const out: Change[] = [];
  for (const s of sentences(text)) {
    for (const m of s.matchAll(re)) {
      out.push({
        amount: m[1]!,
        direction: m[2] === '增加' || m[2] === '增长' ? 'increase' : 'decrease',
        delta: m[3]!,
        percent: m[4] && m[0].endsWith('%') ? m[4] : null,
        sentence: s,
      });
    }
  }
  return out;
}

const inWan = (digits: string, unit: string): string => {
  const d = new Decimal(digits);
  return (unit === '元' ? d.div(10000) : unit === '千元' ? d.div(10) : d).toFixed();
};

/**
 * "商品和服务支出预算75800元，占基本支出预算%，同比增加52044.27元，增长50.63%" — an item's amount and the
 * change 同比 / 比上年 / 较上年 stated right after it (a share clause between them allowed), in 万元, 元 or 千元,
 * across the line breaks of a PDF's text (a line not ending a sentence runs on). Amounts are given in 万元. No
 * other figure may stand between the amount and its change: a change after a 其中 item is that item's.
 */
export function readItemChanges(text: string): Change[] {
  const joined = text.replace(/([^。；;：:\n])\n(?=[^\n])/g, '$1');
  const U = '(万元|千元|元)';
  const re = new RegExp(
    `${NUM}${U}[，,]?(?:占[^，,。；;\\d]{0,20}(?:\\d+(?:\\.\\d+)?)?[%％][，,]?)?(?:同比|比上年|较上年)(增加|减少|增长|下降)${NUM}${U}[，,]?(?:增长|下降|升高|降低|增加|减少)?${NUM}?([%％]?)`,
    'g',
  );
  const out: Change[] = [];
  for (const s of sentences(joined)) {
    const ofTotals = changesOfListTotals(s);
    for (const m of s.matchAll(re)) {
      if (m[2] !== m[5]) continue; // the amount and its change in different units: not one phrasing
      // The change after a 其中 list's last item that is its total's (changesOfListTotals) is not the item's.
      if (ofTotals.some((t) => t.item === m[1] && t.delta === m[4])) continue;
      out.push({
        amount: inWan(m[1]!, m[2]!),
        direction: m[3] === '增加' || m[3] === '增长' ? 'increase' : 'decrease',
        delta: inWan(m[4]!, m[5]!),
        percent: m[6] && m[7] ? m[6] : null,
        sentence: s,
      });
    }
  }
  return out;
}

/**
 * "事业运行经费总预算安排37337407.64元，其中：基本支出预算488180.64元，项目支出预算36849227元，同比增加
 * 27125219.46元，增长265.6%": a change after the last item of a 其中 list whose items make up the figure before
 * it may be the item's or the total's — the words do not tell. The rate does: it is the total's when the rate
 * fits the total (27125219.46 ÷ 10212188.18 = 265.6 %) and not the item (÷ 9724007.54 = 279.0 %). The amounts
 * (in the sentence's own unit) of every change so read; a change that fits the item, or both, stays the item's.
 */
export function changesOfListTotals(sentence: string): Array<{ total: string; item: string; delta: string }> {
  const s = sentence.replace(/[ \t\u3000\n]+/g, '');
  const out: Array<{ total: string; item: string; delta: string }> = [];
  const re =
    /(\d+(?:\.\d+)?)(亿元|万元|千元|元)[，,]?其中[:：]?((?:[^，,。；;：:\d]{1,30}\d+(?:\.\d+)?(?:亿元|万元|千元|元)[，,]){2,}?)(?:同比|比上年|较上年)(增加|减少|增长|下降)(\d+(?:\.\d+)?)(亿元|万元|千元|元)[，,]?(?:增长|下降|增加|减少)?(\d+(?:\.\d+)?)[%％]/g;
  for (const m of s.matchAll(re)) {
    const [, total, unit, list, verb, delta, deltaUnit, percent] = m as unknown as string[];
    if (unit !== deltaUnit) continue;
    const items = [...list!.matchAll(/(\d+(?:\.\d+)?)(亿元|万元|千元|元)/g)];
    if (items.some((i) => i[2] !== unit)) continue;
    const sum = items.reduce((a, i) => a.plus(i[1]!), new Decimal(0));
    if (!sum.eq(total!)) continue;
    const item = items[items.length - 1]![1]!;
    const up = verb === '增加' || verb === '增长';
    const rate = (now: string) => {
      const before = up ? new Decimal(now).minus(delta!) : new Decimal(now).plus(delta!);
      return before.lte(0) ? null : new Decimal(delta!).div(before).mul(100);
    };
    const half = new Decimal(10).pow(-decimalPlacesOf(percent!)).div(2);
    const fits = (r: Decimal | null) => r !== null && r.minus(percent!).abs().lte(half);
    if (fits(rate(total!)) && !fits(rate(item))) out.push({ total: total!, item, delta: delta! });
  }
  return out;
}

const decimalPlacesOf = (v: string) => (v.split('.')[1] ?? '').length;

/** The rate a change implies, in percent: delta ÷ last year's amount. Null when last year was zero. */
export function impliedPercent(c: Change): Decimal | null {
  const now = new Decimal(c.amount);
  const delta = new Decimal(c.delta);
  const before = c.direction === 'decrease' ? now.plus(delta) : now.minus(delta);
  return before.isZero() ? null : delta.div(before).mul(100);
}

export interface Breakdown {
  total: string;
  parts: Array<{ name: string; amount: string; share: string | null }>;
  sentence: string;
}

/**
 * "A万元，其中：甲B万元，占Y%；乙C万元，占Z%" and "合计A万元。包括：甲B万元，乙C万元" — a total and the parts
 * a sentence or its follower lists. Changes against last year are not parts. A part followed by its own
 * 包括/其中 opens a nested list ("人员经费571.71万元，包括：工资福利支出566.71万元，…"): its items are parts of
 * that part, not of the outer total, and form a breakdown of their own (see subItemsOf).
 */
export function readBreakdowns(text: string): Breakdown[] {
  const out: Breakdown[] = [];
  // A PDF's text breaks its lines anywhere, so a line break is read through — but for one after a clause's end,
  // kept to see where the list ends (below).
  const flat = compact(text).replace(/(?<![；;])\n/g, '');
  const re =
    /(\d+(?:\.\d+)?)万元(?:[。；;]\n?(?=包括|其中)|[，,]?[^。；;：:\n]{0,12}?)(?:其中|包括)[:：]([^。]*)/g;
  for (const m of flat.matchAll(re)) {
    const list = listUpToNextTotal(m);
    // A change ("…减少221万元，下降10.1%;其中：…") is not the total its parts make up. Nor is a change against
    // last year's budget a part (其中：公务用车购置费2026年预算数0万元，较2025年年初预算减少18.00万元: 0, not 18).
    if (/(增加|减少|增长|下降|上升|降低)$/.test(flat.slice(0, m.index))) continue;
    const body = list.body.replace(
      /(?:比|较)(?:\d{4}年|上年)(?:度)?(?:年初)?(?:预算数?|同期)?(?:相比)?(?:增加|减少|增长|下降)\)?\d+(?:\.\d+)?万元[，,]?[^，,；;。]*?\d*(?:\.\d+)?%?/g,
      '',
    );
    const found = [
      ...body.matchAll(/([^，,；;、：:\d]{2,30}?)(\d+(?:\.\d+)?)万元(?:[，,]?占(\d+(?:\.\d+)?)%)?/g),
    ];
    const withGaps: ListedItem[] = found.map((p, i) => ({
      name: p[1]!.replace(/^(以及|和|及|与)/, ''),
      amount: p[2]!,
      share: p[3] ?? null,
      after: body.slice(p.index! + p[0].length, found[i + 1]?.index ?? body.length),
    }));
    // 其中：因公出国支出0万元，年初预算为0万元，差值为0万元；公务接待费支出2.05万元，年初预算为2万元，…: each
    // item carries several figures (spent, budgeted, their difference) under names that repeat; which of them
    // make up the total cannot be told, so no breakdown is read.
    const names = withGaps.map((i) => i.name.replace(/^[^\p{Script=Han}]+/u, ''));
    if (names.some((n, i) => names.indexOf(n) !== i)) continue;
    // A figure of the list that no item was read for (its name unread): the parts are known only in part, and
    // a total against some of its parts is no finding.
    if ((body.match(/\d+(?:\.\d+)?万元/g) ?? []).length > found.length) continue;
    const { top, nested } = subItemsOf(withGaps);
    if (top.length >= 2) out.push({ total: list.total, parts: top.map(strip), sentence: list.sentence });
    for (const n of nested)
      if (n.children.length >= 2)
        out.push({ total: n.parent.amount, parts: n.children.map(strip), sentence: list.sentence });
  }
  return out;
}

/**
 * The list a 其中 opens ends at a line that, after a clause's end, opens a list of its own (…增加115,649万元；⏎
 * 支出预算328,661万元，其中：…): that line states the next total, not an item of this one. Items one to a line
 * (1、财政拨款3362.61万元；⏎2、…) are read on.
 */
function listUpToNextTotal(m: RegExpMatchArray): { total: string; body: string; sentence: string } {
  const body = m[2]!;
  const next = body.search(/\n[^；;。\n]*(?:其中|包括)/);
  const kept = next < 0 ? body : body.slice(0, next);
  const sentence = next < 0 ? m[0] : m[0].slice(0, m[0].length - body.length + next);
  return { total: m[1]!, body: kept.replace(/\n/g, ''), sentence: sentence.replace(/\n/g, '') };
}

interface ListedItem {
  name: string;
  amount: string;
  share: string | null;
  /** What stands between this item and the next one. */
  after: string;
}

const strip = (i: ListedItem) => ({ name: i.name, amount: i.amount, share: i.share });

/**
 * Which listed items are sub-items: an item followed by 包括/其中 is a parent; the items after it are its
 * children while they still fit into it (a zero item always does) and until a 「；」 closes the group. The one
 * rule that decides it, for the checks and for the text the generator writes (its property test runs the
 * checks on generated text).
 */
export function subItemsOf(items: readonly ListedItem[]): {
  top: ListedItem[];
  nested: Array<{ parent: ListedItem; children: ListedItem[] }>;
} {
  const top: ListedItem[] = [];
  const nested: Array<{ parent: ListedItem; children: ListedItem[] }> = [];
  let open: { parent: ListedItem; children: ListedItem[]; sum: Decimal; bracket: boolean } | null = null;
  items.forEach((item, i) => {
    if (open) {
      open.children.push(item);
      open.sum = open.sum.plus(item.amount);
      const next = items[i + 1];
      const nextFits = next !== undefined && open.sum.plus(next.amount).lte(open.parent.amount);
      // A group opened by a bracket ends where the bracket closes, whatever the amounts.
      const ends = open.bracket
        ? /[）)]/.test(item.after) || next === undefined
        : /[；;]/.test(item.after) || !nextFits;
      if (ends) {
        nested.push({ parent: open.parent, children: open.children });
        open = null;
      }
      return;
    }
    top.push(item);
    // "…运行维护费8.2万元，主要包括燃料费、维修费；公务接待费…": a 包括 that a 「；」 closes before the next item
    // describes what the item covers, it does not list amounts under it.
    if (/(包括|其中)[:：]?[^；;]*$/.test(item.after))
      open = { parent: item, children: [], sum: new Decimal(0), bracket: false };
    // "公务用车购置及运行维护费21万元（公务用车购置费0万元、公务用车运行维护费21万元），公务接待费…": the
    // bracket after an item holds that item's parts.
    else if (/[（(][^）)]*$/.test(item.after) || /^[（(]/.test(items[i + 1]?.name ?? ''))
      open = { parent: item, children: [], sum: new Decimal(0), bracket: true };
  });
  if (open) nested.push(open);
  return { top, nested };
}

/**
 * What a change of `delta` 万元 is stated against, where its sentence says so: last year's budget
 * ("较上年预算数减少94.91万元", also in traditional script: 較上年預算數減少) or last year's 决算 / 执行数 / 实际.
 * Null when no sentence names the kind of last year's figure for that change.
 */
export function statedChangeBasis(texts: readonly string[], delta: string): 'Prior' | 'PriorActual' | null {
  const re =
    /(?:比|较|較|与|與)(?:上年|去年|上一年|\d{4}年度?)(?:年初)?(预算|預算|决算|決算|执行|執行|实际|實際)[数數]?(?:相比)?[，,]?(?:增加|增长|增長|上升|提高|减少|減少|下降|降低|压减|壓減)了?(\d+(?:\.\d+)?)(亿元|億元|万元|萬元|千元|元|万|萬)/g;
  const wanted = new Decimal(delta).abs();
  for (const t of texts)
    for (const m of compact(t).matchAll(re)) {
      const unit = m[3]!;
      const v = new Decimal(m[2]!);
      const wan = /^[亿億]/.test(unit)
        ? v.mul(10000)
        : unit === '千元'
          ? v.div(10)
          : unit === '元'
            ? v.div(10000)
            : v;
      if (wan.eq(wanted)) return /预算|預算/.test(m[1]!) ? 'Prior' : 'PriorActual';
    }
  return null;
}
