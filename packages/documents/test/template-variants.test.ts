// Issue 12: forms of templates the reader has never seen. A fixed, seeded sample of template variants
// (test/corpus/variants.ts: the docs/ and wide/ truths printed with other column orders, label spellings,
// 元 amounts, 指标值 writings, two-row headers, 2/4-column heads, full-width figures; as text, .html, .xlsx
// and .docx) is imported and scored field by field; the two header layouts the reader joins are checked on
// their own, each with a row pair that must not be joined.
import { describe, expect, it, vi } from 'vitest';
import { importBuffer } from '../src/index.ts';
import { joinSplitHeaders } from '../src/recognize/split-header.ts';
import type { Row } from '../src/rows/row.ts';
import { scoreOutcome } from './corpus/score.ts';
import {
  COPIED_LAYOUTS,
  sourceForms,
  type Shape,
  type SourceForm,
  type Variant,
} from './corpus/variant-choices.ts';
import { makeVariant } from './corpus/variants.ts';
import { renderVariant } from './corpus/variant-render.ts';
import { shapeFits } from './corpus/variant-spellings.ts';

const SEEDS = [0, 1, 2];

/** h-shapes14's whole shapes, sampled as they were; h-shapes15's are sampled on their own. */
const FIRST_SHAPES: readonly Shape[] = ['untitled', 'headColumn', 'joined', 'scoring'];
const LIST_SHAPES: readonly Shape[] = ['bracketList', 'targetActual', 'bond'];
/** h-templates40's shapes, from the templates of fresh/'s documents. */
const FRESH_SHAPES: readonly Shape[] = ['spacedLabels', 'pairCells', 'numberedCell', 'checklist'];

async function sample(
  copied = false,
  shapes: readonly Shape[] = [],
): Promise<Array<{ v: Variant; right: number; total: number; missed: string[] }>> {
  const shaped = shapes.length > 0;
  const out = [];
  for (const [k, src] of sourceForms().entries())
    for (const seed of shaped ? [0] : SEEDS) {
      // The copied layouts in turn over the forms and seeds: each layout meets every kind of form.
      const layout = copied ? COPIED_LAYOUTS[(k + seed) % COPIED_LAYOUTS.length] : undefined;
      // The whole shapes in turn over the forms (one seed: a shape changes the form more than a layout does).
      const fitting = shapes.filter((s) => shapeFits(src, s));
      if (shaped && fitting.length === 0) continue;
      const shape = shaped ? fitting[k % fitting.length] : undefined;
      const v = await renderVariant(makeVariant(src, seed, layout, shape));
      const res = scoreOutcome(v.truth, await importBuffer(v.data, v.file));
      out.push({
        v,
        right: res.right,
        total: res.total,
        missed: res.fields.filter((f) => !f.right).map((f) => f.field),
      });
    }
  return out;
}

const table = (...cells: string[]): Row => ({ cells, table: true });

describe('template variants (issue 12)', () => {
  it('are the same bytes for the same seed, and differ between seeds', async () => {
    const src = sourceForms().find((s) => s.form.kind === 'self-evaluation')!;
    const a = await renderVariant(makeVariant(src, 1));
    const b = await renderVariant(makeVariant(src, 1));
    const c = await renderVariant(makeVariant(src, 2));
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(Buffer.from(a.data).equals(Buffer.from(c.data))).toBe(false);
    // The truth stays the source's, in 万元, whatever the variant prints.
    expect(a.truth.forms[0]!.name).toEqual(src.form.name);
  });

  it('print amounts in 元 as 10 000 × the truth in 万元, and say so', async () => {
    const src = sourceForms().find((s) => s.form.kind === 'project' && s.form.budget === '854')!;
    const seed = [...Array(40).keys()].find(
      (k) =>
        makeVariant(src, k).choices.yuan && !['xlsx', 'docx'].includes(makeVariant(src, k).choices.format),
    )!;
    const text = new TextDecoder().decode((await renderVariant(makeVariant(src, seed))).data);
    expect(text.replace(/,/g, '')).toContain('8540000.00');
    expect(text).toMatch(/元/);
    expect(text.replace(/,/g, '')).not.toMatch(/[^\d.]854[^\d.0]/);
  });

  it('print a 指标值 the grammar reads only in part as it stands, in every writing of a target', async () => {
    const src: SourceForm = {
      set: 'wide',
      file: 'made-up.txt',
      form: {
        kind: 'project',
        name: '某某项目',
        budget: '10',
        indicators: [
          { name: '资金到位率', target: '12月底前100%到位' },
          { name: '培训人数', target: '≥95人' },
        ],
      },
    };
    const styles = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const v = makeVariant(src, seed);
      if (['xlsx', 'docx'].includes(v.choices.format)) continue;
      styles.add(v.choices.targetStyle);
      const text = new TextDecoder()
        .decode((await renderVariant(v)).data)
        .normalize('NFKC')
        .replace(/[\s|]/g, '');
      expect(text, `${v.choices.targetStyle}`).toContain('12月底前100%到位');
    }
    expect(styles.size).toBeGreaterThan(3);
  });

  it(
    'are read field by field: the seeded sample stays at its measured level',
    { timeout: 300_000 }, // a hang guard: the sample grows with the corpus, and a busy 2-core machine doubles its time
    async () => {
      const results = await sample();
      const right = results.reduce((n, r) => n + r.right, 0);
      const total = results.reduce((n, r) => n + r.total, 0);
      const passing = results.filter((r) => r.right === r.total).length;
      const report = results
        .filter((r) => r.missed.length > 0)
        .map((r) => `${r.v.id}: ${r.missed.join(', ')}`);
      // Measured 2026-12-03 on the wider generator (budget blocks as rows, 分值/得分/偏差原因 left out, more
      // spellings): fields 99.8 %, whole variants 103 of 105 (first generator, first fixes: 99.7 %, 100 of 102).
      // With a fifth of the variants as .docx and the blank-budget and trimmed-row rules: 105 of 105 (seeds
      // 0–23: 840 of 840). The field floor leaves room for forms added to docs/ and wide/ since.
      // With wide/320–332 among the sources (h-fresh15, 2026-12-04) the sample draws other variants: 3 fields
      // missed of 1,400 or so (99.79 %), all on indicators whose truth names them by a 二级 word (wide/270's
      // 社会成本指标, wide/322's 时效指标) printed under a 二级 column that repeats it — the 270 variant misses on
      // the reader before that session too. Floor 0.998 → 0.997.
      // 2026-12-04 (h-fresh16): wide/341's truth added a 自评表 whose first indicator's name holds figures
      // (慰问伤残军人50人;革命烈士遗属50人;…): printed as a variant, the text's reading cuts it into rows at them where
      // the variant leaves no 得分 to check (seed 0) or puts it elsewhere (seed 2): 0.9959. Floor 0.998 → 0.995.
      // h-variants13 (2026-12-05, 309 variants): 305 passing, 99.93 % (6049/6053; the reader before: 304, 99.79 %).
      // Floors 0.995 / 105 → 0.998 / 302.
      // h-layouts14 (2026-12-05, 327 variants): 323 passing, 99.94 % (6424/6428), the same with the reader before.
      // Floors 0.998 / 302 → 0.999 / 320. Merged with h-fresh11's sources (main, 2026-12-05): 344 of 345 passing; floor 344.
      expect(right / total, report.join('\n')).toBeGreaterThanOrEqual(0.999);
      expect(passing, report.join('\n')).toBeGreaterThanOrEqual(344);
    },
  );
});

describe('template variants as PDF sources (the .docx or .xlsx LibreOffice converts)', () => {
  it('are the same bytes whenever they are made, so that --pdf-dir finds their PDFs again', async () => {
    const made = sourceForms().flatMap((src) => [0, 1, 2, 3].map((k) => makeVariant(src, k, 'pdf')));
    const sources = ['xlsx', 'docx'].map((f) => made.find((v) => v.choices.pdfFrom === f)!);
    const asSource = (v: Variant) => ({ ...v, choices: { ...v.choices, format: v.choices.pdfFrom! } });
    try {
      for (const v of sources) {
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date('2025-03-01T08:00:00Z'));
        const first = (await renderVariant(asSource(v))).data;
        vi.setSystemTime(new Date('2026-07-15T17:30:00Z'));
        const again = (await renderVariant(asSource(v))).data;
        vi.useRealTimers();
        expect(Buffer.from(again).equals(Buffer.from(first)), v.choices.pdfFrom).toBe(true);
      }
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('template variants copied as text (issue 12: one cell per line, space-aligned, markdown, indented)', () => {
  it('print the same cells in every copied layout', async () => {
    const src = sourceForms().find((s) => s.form.kind === 'project' && s.form.budget === '854')!;
    const texts = await Promise.all(
      COPIED_LAYOUTS.map(async (l) =>
        new TextDecoder().decode((await renderVariant(makeVariant(src, 0, l))).data),
      ),
    );
    for (const t of texts) expect(t).toContain('财政资金补助');
    expect(new Set(texts).size).toBe(COPIED_LAYOUTS.length);
    // The layout replaces the format only: every other choice is the variant's own.
    const { format: _a, ...plain } = makeVariant(src, 0).choices;
    const { format: _b, ...copied } = makeVariant(src, 0, 'padded').choices;
    expect(copied).toEqual(plain);
  });

  it(
    'are read field by field: the seeded sample stays at its measured level',
    { timeout: 300_000 }, // a hang guard: the sample grows with the corpus, and a busy 2-core machine doubles its time
    async () => {
      const results = await sample(true);
      const right = results.reduce((n, r) => n + r.right, 0);
      const total = results.reduce((n, r) => n + r.total, 0);
      const passing = results.filter((r) => r.right === r.total).length;
      const report = results
        .filter((r) => r.missed.length > 0)
        .map((r) => `${r.v.id} ${r.v.choices.format}: ${r.missed.join(', ')}`);
      // Measured 2026-12-03 (h-vlayout): first run, before the reader's copied-layout rules, 65 of 126 variants
      // and 79.4 % of fields; with them 87 of 126 and 88.4 %. Most of what still fails is 自评表 / 监控表 one cell
      // per line or single-spaced (see scripts/corpus-variants.ts --layouts). The floors keep what is read.
      // Merged with wide/220–224 and 240–244 among the sources (same day): 147 variants, 100 passing, 86.5 % —
      // the new forms (and the layouts the older ones draw by their place in the list) account for most of the fall;
      // the same 126 variants read 88.3 % (5 fields fewer on the cells copies of wide/108, 170 and docs/001, 3 more on
      // docs/005 narrow). Floors at the merged measure.
      // With wide/250–251 among the sources (h-fresh11, 2026-12-03): 153 variants, 101 passing, 86.0 % (2273/2644) —
      // the base reader on the same sample reads 100 and 85.8 %: the new sources and the layouts the others now draw
      // by their place lowered it, the rules added read more. Field floor 0.865 → 0.855.
      // h-vlayout2 (same day): whole-cell headings (三级指标名称, 1-7月完成情况), a band's headings printed twice kept
      // once, cells copied apart kept whole in names, a 监控表 without rows read from its text: 105 of 147, 90.3 %.
      // Both merged: 118 of 153 passing, 90.5 % (2026-12-03).
      // With wide/290–291 among the sources (h-fresh14, 2026-12-04): 171 variants, 121 passing, 89.9 % (2867/3189),
      // the same with the reader before that session's rules: the new sources (a 291 spaced copy's by-source
      // budget, and the layouts the others now draw by their place) lowered it. Field floor 0.9 → 0.895.
      // h-vlayout3 (2026-12-04): single-spaced copies' head lines without colons, two-row headers, budget lines
      // of a label and a figure, worded comparators, a long heading end on its own line: 127 of 171 passing,
      // 93.2 % (2973/3189; 121 and 89.9 % before). Floors 0.925 / 123.
      // h-vlayout4 (2026-12-04, 180 variants with the sources added since): a lone `|` inside a row read as its
      // empty cell, a band's header rows kept left and padded rows placed by level or name (cells); a budget
      // block's label, column and figure on one line, target tables with 指标性质 / 指标值 / 度量单位 read into
      // those columns, names with commas, 定性 values (narrow); a two-row header whose second row lost its blanks
      // (spaced): 144 of 180 passing, 95.3 % (3194/3351; 130 and 92.6 % with the reader before). Floors 0.95 / 140.
      // With wide/386–393 among the sources (h-fresh18, 2026-12-04): 237 variants (222 before), 94.9 % at first —
      // wide/391's narrow copy 0/54, its two head lines above the budget's pairs left uncut —, then 195 passing and
      // 96.6 % (4471/4630) once every such head line is cut; main's reader on its own 222: 181 and 95.7 %. With
      // wide/394–396 too: 240 variants, 197 passing, 96.4 % (4546/4718).
      // h-wide10 (2026-12-04, 222 variants with the sources added since): a heading merged down a two-row header
      // printed in both rows, 年度预算 inside an indicator's name, names ending in a qualitative word or sharing a
      // bracketed tail, spaced values (≥ 735 人次), cells one a line taken for a wrapped text, a two-row header
      // between lone pipes, indentation as empty cells where every gap is one width: 189 of 222 passing, 96.29 %
      // (3948/4100; 181 and 95.66 % with the reader before). Floors 0.96 / 187.
      // h-variants13 (2026-12-05, 309 variants): cells copied one per line kept whole in the text's reading, 金额单位
      // parted from its 元, a 二级-worded name before its value, head labels cut out of a table's cell, a unit word
      // apart from its figure (single spaces), 合计 no value: 293 passing, 99.34 % (6013/6053; the reader before:
      // 282, 98.61 %). Floors 0.96 / 187 → 0.99 / 290.
      // h-layouts14 (2026-12-05, 327 variants): space-aligned rows cut at their gaps placed by what they hold, a
      // budget line that lost its blanks placed by its figures, a reason without an actual read as the actual, a
      // 年初目标值 under the target's band, a band whose headings the second row repeats, 是 / 否 answers and a
      // figure opening a name (single spaces): 311 passing, 99.32 % (6384/6428; the reader before: 306, 99.08 %).
      // Floors 0.99 / 290 → 0.993 / 309.
      // With wide/425–434 among the sources (h-fresh11, 2026-12-05): 345 variants, 320 passing, 98.94 % (6734/6806),
      // the same with the reader before that session's rules — the new sources' copies (425 lines, 427 spaced, 430
      // and 432 narrow) lowered it; then a band's value headings printed in both its rows read once (432 narrow) and
      // a text that does not open as a reason left to the 指标值 / 实际值 beside a dropped empty reason (391 narrow):
      // 322 passing, 99.04 % (6741/6806). Floors 0.99 / 320.
      // Both merged (main, 2026-12-05): 345 variants, 333 passing. Floors 0.99 / 333.
      expect(right / total, report.join('\n')).toBeGreaterThanOrEqual(0.99);
      expect(passing, report.join('\n')).toBeGreaterThanOrEqual(333);
    },
  );
});

describe('header rows printed in two', () => {
  it('joins words broken over two rows into the headings they complete', () => {
    const rows = joinSplitHeaders([
      table('一级', '二级', '三级', '年度'),
      table('指标', '指标', '指标', '指标值'),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值']);
  });

  it('leaves a header and its first data row apart', () => {
    const rows = [
      table('一级指标', '二级指标', '三级指标', '指标值'),
      table('产出指标', '数量指标', '培训人数', '≥100人'),
    ];
    expect(joinSplitHeaders(rows)).toHaveLength(2);
  });

  it('joins a band: the columns under their group, the others from the row above', () => {
    const rows = joinSplitHeaders([
      table('一级指标', '二级指标', '三级指标', '年度指标值', '', '', '实际完成值'),
      table('', '', '', '指标性质', '指标值', '度量单位', ''),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '实际完成值',
    ]);
  });

  it('joins a band whose copy repeats the cells merged down both rows', () => {
    const rows = joinSplitHeaders([
      table('绩效指标', '', '', '实际完成值', '得分'),
      table('一级指标', '二级指标', '三级指标', '实际完成值', '得分'),
    ]);
    expect(rows.map((r) => r.cells)).toEqual([['一级指标', '二级指标', '三级指标', '实际完成值', '得分']]);
  });

  it('leaves apart two header rows whose columns do not line up (a web copy that drops merged cells)', () => {
    const rows = [
      table('绩效指标', '年度指标值', '实际完成值', '分值', '得分'),
      table('一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'),
    ];
    expect(joinSplitHeaders(rows)).toHaveLength(2);
  });
});

/** A shape sample's fields right of all, its variants read whole, and a line per variant that missed a field. */
async function shapeSample(shapes: Parameters<typeof sample>[1]) {
  const results = await sample(false, shapes);
  const right = results.reduce((n, r) => n + r.right, 0);
  const total = results.reduce((n, r) => n + r.total, 0);
  const passing = results.filter((r) => r.right === r.total).length;
  const report = results
    .filter((r) => r.missed.length > 0)
    .map((r) => `${r.v.id} ${r.v.choices.shape ?? ''}: ${r.missed.join(', ')}`);
  return { right, total, passing, report };
}

describe('template variants in whole new shapes (issue 12: untitled, head copied column by column, run together, scoring)', () => {
  it(
    'are read field by field: the seeded sample stays at its measured level',
    { timeout: 300_000 }, // a hang guard, as above
    async () => {
      const { right, total, passing, report } = await shapeSample(FIRST_SHAPES);
      // h-shapes14 (2026-12-05, 135 variants, seed 0, the shapes in turn: untitled 44, headColumn 36, joined 48,
      // scoring 7): first run 47 passing, 73.9 % of fields (2099/2839; headColumn 1 of 36, scoring 4 of 7); with
      // that session's rules 86 passing, 80.1 % (2274/2839; untitled 40, headColumn 35, joined 4, scoring 7). The
      // joined copies (every cell run together on one line) are most of what is left. Floors at the measure.
      expect(right / total, report.join('\n')).toBeGreaterThanOrEqual(0.8);
      expect(passing, report.join('\n')).toBeGreaterThanOrEqual(86);
    },
  );
});

describe('template variants in the shapes of h-rows16’s and h-fresh14’s documents (bracketed list, target and actual, bond)', () => {
  it(
    'are read field by field: the seeded sample stays at its measured level',
    { timeout: 300_000 }, // a hang guard, as above
    async () => {
      const { right, total, passing, report } = await shapeSample(LIST_SHAPES);
      // h-shapes15 (2026-12-05, 122 variants, seed 0, the three shapes in turn over the forms they fit:
      // bracketList 58, bond 26, targetActual 38): 120 passing, 98.3 % of fields (2132/2168). The two left are
      // targetActual copies (wide/426 refused, wide/487's names). Floors at the measure.
      expect(right / total, report.join('\n')).toBeGreaterThanOrEqual(0.98);
      expect(passing, report.join('\n')).toBeGreaterThanOrEqual(120);
    },
  );
});

describe('template variants in the shape of h-fresh16a’s document (the 重庆 部门整体 core-indicator columns)', () => {
  it(
    'are read field by field: the seeded sample stays at its measured level',
    { timeout: 300_000 }, // a hang guard, as above
    async () => {
      const { right, total, passing, report } = await shapeSample(['coreColumn']);
      // h-fresh16a (2026-12-05, seed 0, every 自评表 with scored indicators: an empty 调整指标值 after the target, a
      // 得分系数(%) after the actual, a 是否核心指标 answer after the points; `corpus-variants.ts --shape=coreColumn`,
      // seeds 0–7: 288/288; seed 0: 36/36; 35/35 since wide/544, a hold-out county's 自评表, was taken out on
      // 2026-12-07). Floors at the measure.
      expect(right / total, report.join('\n')).toBeGreaterThanOrEqual(1);
      expect(passing, report.join('\n')).toBeGreaterThanOrEqual(35);
    },
  );
});

describe('template variants in the shape of wide/492 (a target table graded 优 | 良 | 中 | 差, as a table or run together)', () => {
  it(
    'are read field by field: the seeded sample stays at its measured level',
    { timeout: 300_000 }, // a hang guard, as above
    async () => {
      const { right, total, passing, report } = await shapeSample(['graded']);
      // h-fresh17a (2026-12-05, seed 0, every project form: 绩效指标分类 | 绩效指标 | 绩效指标描述 | 绩效指标评价标准
      // over 优 | 良 | 中 | 差 | 评价标准确定依据, printed as a table or — every target a figure with its unit — run
      // together on one line; `corpus-variants.ts --shape=graded`, seeds 0–7: main's reader 463/552 passing, 7152/7832
      // fields (the run-together copies 0/81); this branch's 508/552, 7753/7832 (run together 45/81, their misses the
      // run-together head's name, unit and budget). Seed 0: 67 of 69 passing, 976/979 fields. Floors at the measure.
      expect(right / total, report.join('\n')).toBeGreaterThanOrEqual(0.996);
      expect(passing, report.join('\n')).toBeGreaterThanOrEqual(67);
    },
  );
});

describe('template variants in the shape of h-fresh17b’s document (a generated report’s table run into its prose)', () => {
  it(
    'are read field by field: the seeded sample stays at its measured level',
    { timeout: 300_000 }, // a hang guard, as above
    async () => {
      const { right, total, passing, report } = await shapeSample(['reportTable']);
      // h-fresh17b (2026-12-05, seed 0, every 自评表 with actuals as a 福建 generated report prints it: untitled,
      // 评价内容 | 绩效内容 | 绩效目标值 | 实际完成值 | 累计完成率, levels worded as goals, the whole run together with the
      // report's sentence before and its next section after; `corpus-variants.ts --shape=reportTable --seeds=1`:
      // first measure 8/63 passing, 669/1103 fields; 18/63, 764/1103 once a goal-worded 一级 run into its 二级 is cut
      // wherever it stands). Most misses are worded targets and actuals run into the names (提升提升), which no
      // reader can part. Floors at the measure.
      expect(right / total, report.join('\n')).toBeGreaterThanOrEqual(0.69);
      expect(passing, report.join('\n')).toBeGreaterThanOrEqual(18);
    },
  );
});

describe('template variants in the shapes of fresh/’s templates (letter-spaced labels, label and value in one cell, numbered cells, checklist)', () => {
  it(
    'are read field by field: the seeded sample stays at its measured level',
    { timeout: 300_000 }, // a hang guard, as above
    async () => {
      const { right, total, passing, report } = await shapeSample(FRESH_SHAPES);
      // h-templates40 (2026-12-07, seed 0, the four shapes in turn over the forms they fit — 152 variants): main's
      // reader 127 passing, 93.9 % of fields (2939/3131); with that session's rules (numbered cells in any list
      // numbering, parted by a colon or 为 / 是 / 达到; the checklist's repeated-heading 名称 row, and its criteria where
      // the table read no targets) 143 passing, 99.46 % (3114/3131). What is left is pairCells' (a head label and its
      // value parted by spaces in one cell, or two such cells a row with the amount's (元) note). Floors at the measure.
      expect(right / total, report.join('\n')).toBeGreaterThanOrEqual(0.994);
      expect(passing, report.join('\n')).toBeGreaterThanOrEqual(143);
    },
  );
});
