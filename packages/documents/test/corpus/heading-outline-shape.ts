// The `headingOutline` whole shape of issue 12 (variants.ts SHAPES): a project form's truth printed as a county
// bureau's notice setting its targets (wide/545's shape) — the page's index rows (发布机构 | the unit), the
// notice's title, a paragraph with the sum it arranges (安排…资金N万元), the targets as an outline of numbered
// headings (一、产出指标 / (一)数量指标) with each row on a line of its own, its name and value run together, then the
// attachment's name (附件:…绩效目标表) and the signature. What varies, each drawn on the shape's own stream: the
// brackets of the 二级 numbers, how a row joins its value (glued at its comparator or figure, or after a comma), the
// mark closing a row (; ； 。 or none), whether the 满意度 heading has a 二级 of its own, blank lines between
// paragraphs, the attachment's prefix. Test data, not product code.
import { spellings, type FormTruth, type IndicatorTruth } from './truth.ts';

type Draw = () => number;
const pick = <T>(r: Draw, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Levels by what an indicator measures (variants.ts levelsOf), passed in to keep one filing for all shapes. */
export type LevelsOf = (i: IndicatorTruth) => [string, string];

/** A value a row can carry glued to its name: led by a comparator, or a figure with its unit. */
const GLUES = /^(?:[≥≤=<>≧≦＞＜]|>=|<=)\s*\d|^\d+(?:\.\d+)?(?:%|[\p{Script=Han}/]{1,4})$/u;
/** What a line of the outline cannot hold: a name or a value with marks of its own is a sentence. */
const SENTENCE = /[,，;；。:：\n]/;

/** Whether a form can be printed as such a notice: a project with a name and targets that are no sentences. */
export function fitsHeadingOutline(f: FormTruth): boolean {
  const rows = f.indicators ?? [];
  return (
    f.kind === 'project' &&
    spellings(f.name).length > 0 &&
    rows.length >= 3 &&
    rows.every((i) => {
      const target = spellings(i.target)[0] ?? '';
      return target !== '' && !SENTENCE.test(target) && !SENTENCE.test(spellings(i.name)[0]!);
    })
  );
}

export interface HeadingOutline {
  lines: string[];
  form: FormTruth;
}

/** The notice's lines for one project form, and the truth they hold. */
export function headingOutline(
  f: FormTruth,
  r: Draw,
  levelsOf: LevelsOf,
  order: readonly string[],
): HeadingOutline {
  const [open, close] = pick(r, [
    ['(', ')'],
    ['（', '）'],
  ] as const);
  const endMark = pick(r, [';', '；', '。', '']);
  const commaFirst = r() < 0.3;
  const satisfactionHeading = r() < 0.5;
  const blank = r() < 0.3;
  const name = spellings(f.name)[0]!;
  // A notice names the project it sets targets for: a name without 项目 (a fund's, a subsidy's) gets the word.
  const titled = /(项目|资金|经费)$/.test(name) ? name : `${name}项目`;
  const unit = spellings(f.unit)[0];
  const year = pick(r, ['2023', '2024', '2025']);

  const lines: string[] = [`索 引 号 | 000000000/${year}-00012 | 发文时间 | ${year}-04-26 |`];
  if (unit !== undefined) lines.push(`发布机构 | ${unit} | 文 号 | 无 |`);
  lines.push(`标 题: | ${titled}绩效目标设定 |`, '县人民政府:');
  const sum = f.budget !== undefined ? `安排${name}资金${f.budget}万元,` : '';
  lines.push(`根据有关文件精神,${sum}用于项目实施。现将具体绩效目标设定如下:`);

  const rows = f.indicators!.map((i) => ({ i, lv: levelsOf(i) }));
  rows.sort((a, b) => order.indexOf(a.lv[0]) - order.indexOf(b.lv[0]) || a.lv[1].localeCompare(b.lv[1]));
  const indicators: IndicatorTruth[] = [];
  let level1 = '';
  let level2 = '';
  let n1 = 0;
  let n2 = 0;
  for (const { i, lv } of rows) {
    if (lv[0] !== level1) {
      lines.push(`${CHINESE[n1++]}、${lv[0]}`);
      level1 = lv[0];
      level2 = '';
      n2 = 0;
    }
    const ownHeading = lv[0] !== '满意度指标' || satisfactionHeading;
    if (lv[1] !== level2 && ownHeading) {
      lines.push(`${open}${CHINESE[n2++]}${close}${lv[1]}`);
      level2 = lv[1];
    }
    const target = spellings(i.target)[0]!;
    const n = spellings(i.name)[0]!;
    // A date without its year (11月底前) is written after a comma: glued on, its month would read as the name's.
    const glued = GLUES.test(target) && !/^\d{1,2}月/.test(target) && !commaFirst;
    lines.push(`${n}${glued ? '' : ','}${target}${endMark}`);
    indicators.push({ name: n, target });
  }
  lines.push(pick(r, ['附件:', '附件：', '附件1:']) + `${titled}绩效目标表`);
  if (unit !== undefined) lines.push(unit);
  lines.push(`${year}年4月26日`);
  return {
    lines: blank ? lines.flatMap((l) => [l, '']) : lines,
    form: {
      kind: 'project',
      name: [titled, name],
      ...(unit !== undefined ? { unit } : {}),
      ...(f.budget !== undefined ? { budget: f.budget } : {}),
      indicatorCount: indicators.length,
      indicators,
    },
  };
}
