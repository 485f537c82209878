// R-PUB-13: the explanation text states the figures of the tables: each figure the text gives for a line a
// table gives too (三公经费 and its parts, the 收支 totals; read by a known spelling, in any unit, as
// Disclosure.statedInText) equals the table's. Two parts whose figures are each other's are named as swapped
// (公务接待费 in the text = 因公出国 in the table and the reverse) (DOMAIN.md §5 R-PUB-13). The text's figure is
// compared at the places it prints (a 说明 in 万元 to two decimals states a table in 元 rounded). A total R-PUB-04
// finds in its own words is left to it.
import { agreesAsPrinted } from '../../money/decimal.ts';
import { figureName } from '../../model/disclosure-lexicon.ts';
import { TEXT_TOTALS } from './r-pub-04.ts';
import type { Rule, RuleReport } from '../types.ts';

const PERIODS: Array<[RegExp, string]> = [
  [/PriorActual$/, '上年决算'],
  [/Prior$/, '上年预算'],
  [/ChangePercent$/, '增减幅度'],
  [/Change$/, '增减额'],
];
const periodOf = (key: string) => PERIODS.find(([re]) => re.test(key))?.[1] ?? '本年';
const unitOf = (key: string) => (/ChangePercent$/.test(key) ? '%' : '万元');

export const rule: Rule = {
  meta: {
    id: 'R-PUB-13',
    severity: 'error',
    category: 'consistency',
    description: '公开说明中所述金额应与报表中同一项目的金额一致（含“三公”经费各分项）',
    messages: {
      differs: '说明中{name}（{period}）为 {text} {unit}，而报表为 {table} {unit}：两处必须一致',
      swapped:
        '说明中{a}为 {aText} 万元、{b}为 {bText} 万元，报表中恰好相反（{a} {aTable} 万元、{b} {bTable} 万元）：两项金额写反了，请核对',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5 R-PUB-13',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure' || !form.statedInText) return [];
    const stated = form.statedInText;
    const flat = form.sections.map((s) => s.text.replace(/\s+/g, '')).join('\n');
    const byRule04 = new Set(TEXT_TOTALS.filter(([, re]) => re.test(flat)).map(([, , key]) => key));
    const differs = Object.keys(stated).filter((k) => {
      const table = form.figures[k];
      return (
        !byRule04.has(k) &&
        table !== null &&
        table !== undefined &&
        /^-?\d+(\.\d+)?$/.test(table) &&
        !agreesAsPrinted(stated[k]!, table)
      );
    });
    const reports: RuleReport[] = [];
    const done = new Set<string>();
    for (const a of differs) {
      if (done.has(a)) continue;
      const b = differs.find(
        (o) =>
          o !== a &&
          !done.has(o) &&
          periodOf(o) === periodOf(a) &&
          agreesAsPrinted(stated[a]!, form.figures[o]!) &&
          agreesAsPrinted(stated[o]!, form.figures[a]!),
      );
      if (b) {
        done.add(a).add(b);
        reports.push({
          messageId: 'swapped',
          path: `/figures/${a}`,
          data: {
            a: figureName(a),
            b: figureName(b),
            aText: stated[a],
            bText: stated[b],
            aTable: form.figures[a],
            bTable: form.figures[b],
          },
        });
        continue;
      }
      done.add(a);
      reports.push({
        messageId: 'differs',
        path: `/figures/${a}`,
        data: {
          name: figureName(a),
          period: periodOf(a),
          text: stated[a],
          table: form.figures[a],
          unit: unitOf(a),
        },
      });
    }
    return reports;
  },
};
