// R-PUB-12: the explanation text holds together on its own: the items a 「其中」 lists do not exceed the figure
// they follow; shares of one base add up to at most 100 %; no "占…%" is left blank; a count stated ("共15个
// 项目") is the count of what the text then lists (DOMAIN.md §5 R-PUB-12). A breakdown that R-PUB-04 reads
// (its total just before the 其中) is left to R-PUB-04.
import { Decimal } from '../../money/decimal.ts';
import { readBreakdowns } from '../helpers/disclosure-text.ts';
import {
  basicSplits,
  counts,
  emptyShares,
  listings,
  paragraphs,
  pointShares,
  roundingOf,
  sharesOf,
  type Shares,
} from '../helpers/prose-audit.ts';
import { excerpt } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

/** A figure in 万元 back in the unit it was written in (88.130039 万元 → 881300.39 元). */
const fromWan = (v: Decimal, unit: string): string =>
  (unit === '元' ? v.mul(10000) : unit === '千元' ? v.mul(10) : unit === '亿元' ? v.div(10000) : v).toFixed();

export const rule: Rule = {
  meta: {
    id: 'R-PUB-12',
    severity: 'error',
    category: 'arithmetic',
    description:
      '公开说明中「其中」各项不超过所属金额，基本支出等于人员经费与公用经费之和，同一基数的占比合计不超过100%，占比不留空，所述个数与所列一致',
    messages: {
      childrenExceed:
        '「{excerpt}」：其中所列{items}合计 {sum} 万元，超过其前的{parent} {amount} 万元：请核对各项所属的总额',
      childrenOfTwo:
        '「{excerpt}」：其中所列{items}合计 {sum} 万元，超过其前的{parent} {amount} 万元，恰为{previous} {previousAmount} 万元与之的和：请把各项列在所属的总额下',
      sharesOver:
        '「{excerpt}」：{items}的占比合计 {sum}%，超过 100%：同一基数的各部分占比之和不能超过 100%，请核对',
      emptyShare: '「{excerpt}」：占比没有填写数字：请填写占比或删去',
      basicSplit:
        '「{excerpt}」：基本支出 {total}，其中人员经费 {personnel} 与公用经费 {publicFunds} 合计 {sum}（相差 {diff}）：基本支出由人员经费和公用经费组成，两者之和应等于基本支出，请核对',
      countDiffers:
        '「{excerpt}」：文中说共 {stated} 个{what}，而其后分列的{what}合计 {listed} 个：请核对个数',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5 R-PUB-12',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const reports: RuleReport[] = [];
    form.sections.forEach((section, si) => {
      const path = `/sections/${si}/text`;
      const judged = readBreakdowns(section.text).map((b) => new Decimal(b.total));
      for (const p of paragraphs(section.text)) {
        for (const l of listings(p)) {
          const sum = l.items.reduce((a, i) => a.plus(i.value), new Decimal(0));
          if (sum.lte(l.parent.value) || judged.some((t) => t.eq(l.parent.value))) continue;
          // "总投资157万元，其中：甲39.3万元，乙117.7万元。其中A路87万元，B路70万元": the second split is the total's too.
          if (l.earlier.some((e) => e.value.eq(sum))) continue;
          // Half a unit of each written figure: a sum over its total by rounding alone is not reported
          // (公车购置及运行费995万元（其中购置费38万元，运行费958万元）: whole 万元, 37.6 + 957.6 = 995.2).
          const rounding = [l.parent, ...l.items].reduce((a, x) => a.plus(roundingOf(x)), new Decimal(0));
          if (sum.minus(l.parent.value).lte(rounding)) continue;
          const data = {
            excerpt: excerpt(l.excerpt, 40),
            items: l.items.map((i) => i.label).join('、'),
            sum: sum.toFixed(),
            parent: l.parent.label,
            amount: l.parent.value.toFixed(),
          };
          const both = l.previous && l.previous.value.plus(l.parent.value).eq(sum) ? l.previous : null;
          reports.push(
            both
              ? {
                  messageId: 'childrenOfTwo',
                  path,
                  data: { ...data, previous: both.label, previousAmount: both.value.toFixed() },
                }
              : { messageId: 'childrenExceed', path, data },
          );
        }
        for (const s of sharesOf(p)) reports.push(...sharesOver(s, path));
        for (const e of emptyShares(p))
          reports.push({
            messageId: 'emptyShare',
            path,
            severity: 'warning',
            data: { excerpt: excerpt(e, 40) },
          });
      }
      // Shares of one base split over the numbered points of a list (1. 基本支出…占…84.06%；2. 项目支出…占…19.62%).
      for (const s of pointShares(section.text)) reports.push(...sharesOver(s, path));
      // 基本支出 = 人员经费 + 公用经费 (DOMAIN.md §4): a split that does not make up its total, beyond the rounding
      // of the figures as written, shown in the unit they are written in when they share one.
      for (const b of basicSplits(section.text)) {
        const sum = b.personnel.value.plus(b.publicFunds.value);
        const diff = sum.minus(b.total.value).abs();
        const rounding = [b.total, b.personnel, b.publicFunds].reduce(
          (a, x) => a.plus(roundingOf(x)),
          new Decimal(0),
        );
        if (diff.lte(rounding)) continue;
        const unitOf = (w: string) => /(亿元|万元|千元|元)$/.exec(w)?.[1] ?? '';
        const unit = unitOf(b.total.written);
        const same = [b.personnel, b.publicFunds].every((x) => unitOf(x.written) === unit);
        const show = (v: Decimal) => (same ? `${fromWan(v, unit)}${unit}` : `${v.toFixed()}万元`);
        reports.push({
          messageId: 'basicSplit',
          path,
          data: {
            excerpt: excerpt(b.excerpt, 40),
            total: same ? b.total.written : `${b.total.value.toFixed()}万元`,
            personnel: same ? b.personnel.written : `${b.personnel.value.toFixed()}万元`,
            publicFunds: same ? b.publicFunds.written : `${b.publicFunds.value.toFixed()}万元`,
            sum: show(sum),
            diff: show(diff),
          },
        });
      }
      for (const c of counts(section.text))
        reports.push({
          messageId: 'countDiffers',
          path,
          severity: 'warning',
          data: { excerpt: c.excerpt, stated: c.stated, listed: c.listed, what: c.what },
        });
    });
    return reports;
  },
};

/**
 * Shares of one base that add up to more than 100 %, beyond half a unit of the last place written of each share
 * (three shares written to one place may sum to 100.1 by rounding alone): `sharesOver`, else nothing.
 */
function sharesOver(s: Shares, path: string): RuleReport[] {
  const sum = s.items.reduce((a, i) => a.plus(i.share), new Decimal(0));
  const places = Math.max(...s.items.map((i) => (i.written.split('.')[1] ?? '').length));
  const rounding = new Decimal(10).pow(-places).div(2).mul(s.items.length);
  if (!sum.minus(100).gt(rounding)) return [];
  return [
    {
      messageId: 'sharesOver',
      path,
      data: {
        excerpt: excerpt(s.sentence, 40),
        items: s.items.map((i) => i.label).join('、'),
        sum: sum.toFixed(),
      },
    },
  ];
}
