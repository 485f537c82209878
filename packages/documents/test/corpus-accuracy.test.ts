// The reading corpus as a yardstick (issue 12): documents of templates the recognisers were not written for,
// scored field by field against hand-read ground truth (test/corpus/*/truth.json). The seeds stay at 100 %.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percent, scoreSet, tally, type DocResult } from './corpus/score.ts';
import { loadTruth } from './corpus/truth.ts';
import { haveSeeds } from './seeds.ts';

const corpus = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const sets = ['docs', 'formats', 'wide', 'fresh', 'holdout'].filter((s) =>
  existsSync(join(corpus, s, 'truth.json')),
);

// Floors in % of fields right, per kind, over the development sets (docs, formats, wide; not the hold-out).
// Each floor is a little under what the merged readers and recognisers reach (measured 2026-12-02: project
// 86.7, department 90.0, self-evaluation 57.1 → 83.9 with the stream-aware 自评表 reading → 94.3, monitoring 100,
// disclosure 93.1; then project 91.4, department 98.0, self-evaluation 95.5 with row borders in pipe text and
// placing by meaning; then project 94.1 with the sign-off and level-only rows left out; then, with wide/114–121
// added (templates nobody had read: 福建, 武汉, 广水, 银川 …), department 93.8 and self-evaluation 90.8 — the new
// documents, not a worse reading, lowered these two; the older sets read as before; then project 96.8,
// department 95.3, self-evaluation 97.8, disclosure 93.1 with run-together rows parted at chained levels and a
// repeated column phrase, page numbering and word comparators read, and a heading over the 一级 column, 2026-12-03;
// self-evaluation 98.5, project 97.2, disclosure 94.8 with a budget block's other columns known, a figure beside
// its label read, a reason's sentence kept out of the names and a 部门决算公开 read as a disclosure, same day):
// then, with wide/170–174 added (target forms of templates nobody had read: 山东 临邑, 陕西 清涧, 河北 宁晋, 广东 —
// 14/59 at first, 46/59 once read with the rules they called for), project 94.3: the new documents, not a worse
// reading, lowered it; the older sets read as before, 2026-12-03):
// then project 96.2 with wide/174 read as runs (same day):
// a change that reads worse fails here. The issue is done at 90 for project, department
// and self-evaluation, with the hold-out reported beside; raise the floors as the reading improves.
// Self-evaluation 97.9 with wide/180–183 added (2026-12-03, h-wide6): wide/180 (湖北 广水, a PDF text layer whose
// header words and cells are interleaved column by column) is not read at all (0/12); the older documents read
// as before — the new document, not a worse reading, lowered it.
// Self-evaluation 96.9 with wide/240, 242, 243 added (2026-12-03, h-fresh10: first run 1125/1161; 成安 0/18, a
// county system's space-separated export), 97.2 once its head line and budget row were read (1129/1161; 成安 4/18,
// its indicator rows — a two-row header whose 指标分值 column holds the 指标解释 — still unread); the older
// documents still 1064/1082 (98.3): the new document, not a worse reading, lowered it. Floor 97.5 → 97.
// Self-evaluation 96.97 with wide/251 added (2026-12-03, h-fresh11: a 乡 卫生院's 整体支出绩效自评表 run together in a
// library's preview, 分值 and 得分 glued, a 江西 部门整体 template whose 管理指标 / 二级 names no framework holds:
// first run 11/28, 18/28 once read); the other documents 1134/1161 (97.7), none read worse. Floor 97 → 96.5.
// Project 94.2 with wide/413–417 added (2026-12-04, h-fresh19: fresh target forms read first with the truth written
// beforehand, 37/72 at first, 45/72 once read with the rules they called for; 湘西特校's run-together 公开 list form
// still 0/24); the other project documents 785/809 (97.0) as before — the new documents, not a worse reading,
// lowered it. Floor 96 → 94.
// Department 94.9 with wide/466 added (2026-12-05, h-fresh12t: 祁东's 部门整体 预算14表 run together, 2/9 at first,
// 7/9 once read), 95.3 with its table (formats/466 .html and .xlsx, 9/9 each): the floor of 95 holds.
// Monitoring 98.8 with wide/481–484 and 489 added (2026-12-05, h-fresh12e: 监控表 of five templates written by hand,
// first run 70/132, 130/132 once read with the rules they called for): wide/484's two 二级 names that its PDF copy
// joined to the indicator's name by one space (经济效益指标 项目区粮食亩均增产) are left — splitting a level's name off
// any such cell read docs/005, 017, 023 and wide/427 worse. docs/028 and wide/444 read as before. Floor 100 → 98.5.
// Disclosure 94 → 89 (2026-12-07, h-fresh40): fresh/641–644, four 上海 普陀 部门/单位预算 as a PDF extraction gave
// their text, added at 46/112 and read to 93/112 the same day; their single-spaced 元 tables are not read yet (the
// set 181 → 183 of 203, 90.1 %). Raise it back as those tables are read.
// Disclosure 89 → 94 (2026-12-07, h-fresh41): the single-spaced totals tables read (641 36/37, 644 18/18) and
// fresh/645 (文化和旅游局 2026, 12/17 at its first run, 17/17) and 646 (生态环境局 2025 决算, 13/17, 16/17) added:
// the kind 228/237, 96.2 %.
// Disclosure 89 → 100 (2026-12-07, h-yuan41): those tables read — rows of a label and amounts parted by single
// spaces or written one cell a line (disclosure-amount-lines.ts), 641's form unit and 642's budget — the set 184 →
// 203 of 203.
const FLOORS: Record<string, number> = {
  project: 94,
  department: 95,
  'self-evaluation': 96.5,
  monitoring: 98.5,
  disclosure: 100,
  // Prose (自评报告, 监控报告, notices): refused with a reason; a form read out of prose would be invented.
  report: 100,
};

// The hold-out set (corpus/holdout) is reported apart; its floors follow the development floors at a distance.
// Guards only (never tuned to): a little under the measured 78.1 project and 47.4 self-evaluation (57.9 with
// page numbers, broken headings and single-spaced rows read, 2026-12-03).
const HOLDOUT_FLOORS: Record<string, number> = { report: 100, project: 75, 'self-evaluation': 56 };

// The development 自评表 written again as run-together streams (corpus/streams), scored apart so the per-kind
// floors above stay comparable: measured 65.2 before the stream readings of 2026-12-02, 88.2 after; 89.5 with
// the paged variants (one cell per line, space-aligned, single-spaced, numbered; page numbers, broken
// headings) added and read (2026-12-03); 94.8 with the run-together readings of the same day (chained levels,
// the repeated column phrase, a level written in two words); 96.1 with a budget figure read beside its label and a
// 0 under 偏差原因 parted from the figures run into it; 96.5 with a reason's sentence kept out of the names.
// 99.8 measured 2026-12-03 (h-wide8: 1815/1830 → 1826/1830 with a head's 项目 kept by its name, a page's earlier
// 自评表 with a broken header not lent to the next, and a shared 实际完成值 phrase cut off its row's text).
const STREAMS_FLOOR = 96;

// The wide set (corpus/wide: public pages of templates nobody had read) on its own, the set most like unseen
// documents: measured 91.7, then 93.7 with a 部门整体 budget block's other columns known, a points note's tail
// and a reason's sentence kept out of the indicator names, and a 部门决算公开 read (2026-12-03); 95.1 with a
// 部门整体 form's PDF text layer in one paragraph read (labels before their values, an amount split in its decimals).
// 94.5 with wide/150 added (上海, a PDF text layer column by column: 0/44 at first, 38/44 once its columns' runs were
// read), 2026-12-03. 91.7 with wide/170–174 added (five target forms of unseen templates: 14/59 at first, 46/59 once
// read; the 24 older documents still 274/290), same day.
// 91.6 with wide/180–183 added (first run 25/44: 广水 0/12 unread, 棠溪镇 24/30, two 自评报告 pages
// 0/1 and 1/1; then 32/44 with a name's bracketed note and a report's section heading read), 2026-12-03.
// 90.3 with both added (355/393; merged 2026-12-03).
// 92.6 with a table printed column by column read as runs of names and values, and labels broken over lines joined
// (wide/174 0/10 → 7/10; 364/393), same day.
// 90.3 with wide/220–224 added (five target and 自评 forms found 2026-12-03, h-fresh9: first run 28/41 — 淮北 22/22,
// 武夷山 2/6, 泸县 0/3, 田家庵 4/6, 龙岩 0/4; 392/434), then 93.3 once read (41/41; 405/434), same day: floor kept.
// 93.9 with a value run into its 分值 cut where other rows print theirs, a short 一级 (产出) before its 二级, a heading
// word inside a row's name, and a 自评表 budget printed by source in columns (中央 | … | 合计 | 执行数) read
// (wide/172 11/14 → 14/14, wide/180 4/12 → 6/12; 369/393), 2026-12-03 (h-wide8). 95.2 with indicator rows run
// together with their explanations (反映…) cut row by row (wide/105 1/9 → 6/9; 374/393), same day. Both merged:
// 415/434 (95.6).
// 88.5 with wide/240–244 added (2026-12-03, h-fresh10: first run 74/107 — 濉溪 33/33, 浮梁 11/12, 成安 0/18,
// 隆阳 28/28, 昭化 2/16; 479/541), then 92.1 (93/107; 498/541) once a department named further along its row,
// 资金来源 under （一）（二） headings, a bare target table with one space between cells, and a head line and a
// budget row of label–value pairs were read; the older documents still 405/434: floor kept.
// All three merged (wide/220–224 and 240–244 with h-wide8's rules): 508/541 (93.9), 2026-12-03.
// 96.7 with a two-row indicator header folded into its groups (符号 | 单位 under 预期指标值, 单项指标得分 | 权重占比 |
// 折算得分 under 自评得分, the 指标分值 over the rows' 指标解释 a remark), glossed units (%(百分比)), a rate under
// 预算执行进度(%) printed without its %, and a unit's name OCR ran on into figures cut at its ending (wide/242 4/18 →
// 18/18, wide/121 21/22 → 22/22; 523/541), 2026-12-03 (h-wide9); 97.4 with headings broken over two lines given
// line by line joined, a unit a space after its figure and a level's unbracketed points read (wide/180 6/12 →
// 10/12; 527/541), same day. Floor 93 → 97.
// 77.5 with wide/255–259 added (five 自评表 of unseen templates found 2026-12-03, h-fresh12: first run 18/138 — 稷山
// 5/39, 历城 9/34, 黄石 0/30, 服务贸易 0/29, 宣城 4/6; 526/679), then 94.6 once read (134/138; 642/679): floor kept.
// 92.3 with wide/250–251 added (2026-12-03, h-fresh11: first run 11/44 — 慈溪 0/16, 蚕茶卫生院 11/28 —, then 32/44:
// 慈溪 14/16, its second project cut before its table; 蚕茶卫生院 18/28, see the self-evaluation note); the older
// documents still 508/541: the new documents, not a worse reading, lowered it. Floor 93 → 92.
// All four merged (h-wide9's rules with wide/250–251 and 255–259 in): 693/723 (95.9), 2026-12-03. Floor 95.
// 93.8 with wide/340–346 added (2026-12-04, h-fresh16: seven 自评表 of unseen templates, first run 69/166 — 长江禁捕
// 0/24, 保山 27/29, 安居 17/43, 乐亭 8/19, 阜康 6/8, 广水 交通 0/10, then 346 11/33 —, 139/166 after that session's
// rules; the older documents 813/849, one field more than before): the new documents, not a worse reading, lowered
// it. Floor 95 → 93.
// 95.0 with wide/386–393 added (2026-12-04, h-fresh18: eight 自评表 of unseen templates, first run 116/199 — 上饶 6/7,
// 零陵 0/59, 临翔 43/43, 霍山 9/10, 旺苍 0/15, 裕安 54/54, 梓潼 4/5, 黄冈 0/6 —, 198/199 after that session's rules;
// the older documents 1111/1173 as before); 94.5 with wide/394–396 added after those rules (a second first run 48/72,
// then 64/72; 1373/1444, 95.1): floor kept. Self-evaluation 96.5 with them (the older documents as before).
const WIDE_FLOOR = 93;

// A hang guard only: the first test awaits the whole corpus read through importBuffer (~40 s alone on this
// machine, past the suite's 90 s on a busy one), and the corpus grows each time documents are added.
describe('corpus accuracy', { timeout: 600_000 }, () => {
  const results: Promise<DocResult[]> = (async () => {
    const out: DocResult[] = [];
    for (const s of sets.filter((x) => x !== 'holdout'))
      out.push(...(await scoreSet(loadTruth(join(corpus, s)))));
    return out;
  })();

  it('scores every development document and every field it expects', async () => {
    const r = await results;
    expect(r.length).toBeGreaterThanOrEqual(42);
    for (const d of r) expect(d.total, d.file).toBeGreaterThan(0);
  });

  for (const [kind, floor] of Object.entries(FLOORS)) {
    it(`reads ${kind} documents at ${floor} % of their fields or better`, async () => {
      const t = tally(await results, (d) => d.kind).get(kind);
      if (!t) return;
      expect(percent(t)).toBeGreaterThanOrEqual(floor);
    });
  }

  it('scores the hold-out on its own (never tuned to) at its floors', async () => {
    if (!sets.includes('holdout')) return;
    const hold = await scoreSet(loadTruth(join(corpus, 'holdout')));
    expect(hold.length).toBeGreaterThan(0);
    for (const [kind, t] of tally(hold, (d) => d.kind))
      expect(percent(t), kind).toBeGreaterThanOrEqual(HOLDOUT_FLOORS[kind] ?? 0);
  });

  it(`reads the 自评表 written as run-together streams at ${STREAMS_FLOOR} % of their fields or better`, async () => {
    if (!existsSync(join(corpus, 'streams', 'truth.json'))) return;
    const streams = await scoreSet(loadTruth(join(corpus, 'streams')));
    expect(streams.length).toBeGreaterThan(0);
    const t = tally(streams, () => 'all').get('all')!;
    expect(percent(t)).toBeGreaterThanOrEqual(STREAMS_FLOOR);
  });

  it(`reads the wide set at ${WIDE_FLOOR} % of its fields or better`, async () => {
    const wide = (await results).filter((d) => d.set === 'wide');
    if (wide.length === 0) return;
    const t = tally(wide, () => 'all').get('all')!;
    expect(percent(t)).toBeGreaterThanOrEqual(WIDE_FLOOR);
  });

  it.skipIf(!haveSeeds)('keeps the five seeds at 100 %', async () => {
    const seeds = await scoreSet(loadTruth(join(corpus, 'seeds')));
    expect(seeds).toHaveLength(5);
    const missed = seeds.flatMap((d) =>
      d.fields.filter((f) => !f.right).map((f) => `${d.file} ${f.field}: want ${f.expected}, got ${f.got}`),
    );
    expect(missed).toEqual([]);
  });
});
