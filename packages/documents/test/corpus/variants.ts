// Template variants for issue 12: a form's ground truth (from docs/ and wide/, never the hold-out) rendered
// again as the templates of other provinces print it — column orders permuted, every label spelling of
// ../shared/corpus/labels.md, amounts in 万元 or 元, 指标值 written as ≥95%, "≥ 95 %", 不低于95% or split into
// 指标性质 + 指标值 + 度量单位, header words broken over two rows or banded, key–value blocks in 2 or 4
// columns, full-width digits and punctuation — as pipe text, tab text, an .html table, an .xlsx sheet or a
// Word table (.docx). Asked for one of NEW_LAYOUTS, the same variant is printed as a copy from a web page or a
// PDF viewer gives it (one cell per line with or without `|` and blank lines, space-aligned, single-spaced,
// markdown, indented rows; text-layouts.ts, the layouts of streams/ and formats/) or as the PDF LibreOffice
// makes of its .docx or .xlsx (renderVariants converts them in one run of soffice).
// Test data, not product code: each variant carries the truth it must read back (the source's, in 万元).
import { dec } from '@jixiao/core';
import { bracketList } from './bracket-list.ts';
import { headingOutline } from './heading-outline-shape.ts';
import { spellings, type DocTruth, type FormTruth } from './truth.ts';
import {
  type Cell,
  COPIED_LAYOUTS,
  DOCX_SHARE,
  type Drawn,
  FORMATS,
  type Grid,
  hash,
  HEAD_COLUMN_TABLES,
  type NewLayout,
  type PdfPageStyle,
  pick,
  rng,
  type Shape,
  shuffle,
  type SourceForm,
  type Variant,
  type VariantChoices,
} from './variant-choices.ts';
import {
  AFTER_TABLES,
  BOND_ROW_LABELS,
  BUDGET_LABELS,
  BUDGET_ROW_LABELS,
  cell,
  coefficientOf,
  COLUMN_LABELS,
  DEPT_BUDGET_LABELS,
  DEPT_LABELS,
  EXECUTOR_LABELS,
  fill,
  FULL,
  GLUED_THRESHOLD,
  GOAL_LABELS,
  goalWorded,
  GRADE_BASES,
  LEVEL1_ORDER,
  levelsOf,
  MONITOR_ROW_LABELS,
  NAME_LABELS,
  OTHER_LEVEL2,
  points,
  REPORT_TABLE_LABELS,
  shapeFits,
  shareDone,
  SUPERVISOR_LABELS,
  TARGET_ACTUAL_LABELS,
  TITLES,
  toYuan,
  writeTarget,
} from './variant-spellings.ts';

/** Builds one variant of a source form (in a whole new shape when asked: SHAPES). */
export function makeVariant(src: SourceForm, seed: number, layout?: NewLayout, shape?: Shape): Variant {
  const r = rng(hash(`${src.set}/${src.file}/${spellings(src.form.name)[0] ?? ''}/${seed}`));
  const f = src.form;
  const kind = f.kind;
  const evaluation = kind === 'self-evaluation' || kind === 'monitoring';
  const choices: VariantChoices = {
    // The format drawn first in every case, so the rest of the stream stays as it was.
    format: [pick(r, FORMATS), 'docx' as const][
      Number(rng(hash(`${src.set}/${src.file}/${seed}/docx`))() < DOCX_SHARE)
    ]!,
    kv: pick(r, [2, 4] as const),
    yuan: r() < 0.3,
    targetStyle: pick(r, ['asPrinted', 'spaced', 'words', 'ascii', 'columns'] as const),
    header: pick(r, ['one', 'twoRows', 'band'] as const),
    fullWidth: r() < 0.25,
    repeatMerged: r() < 0.3,
    budget: r() < 0.35 ? 'rows' : 'columns',
    omitted: [],
    columns: [],
    labels: [],
  };
  // A new layout replaces the format after every other draw, its own choices from a stream of their own.
  if (layout === 'pdf') {
    const drawn = choices.format;
    choices.pdfFrom =
      drawn === 'docx' || drawn === 'xlsx'
        ? drawn
        : pick(rng(hash(`${src.set}/${src.file}/${seed}/pdf`)), ['docx', 'xlsx'] as const);
    // Drawn on a stream of their own, about half the PDFs plain: those convert to the same bytes as before.
    const rp = rng(hash(`${src.set}/${src.file}/${seed}/pdfPage`));
    const styles: PdfPageStyle[] =
      choices.pdfFrom === 'xlsx'
        ? (['footer', 'runningHead', 'repeatHead', 'tallRows'] as const).filter(() => rp() < 0.35)
        : rp() < 0.5
          ? ['rowsBreak']
          : [];
    // The later styles on a stream of their own: the variants that draw none stay the bytes they were.
    const rq = rng(hash(`${src.set}/${src.file}/${seed}/pdfPage16`));
    const more: PdfPageStyle[] =
      choices.pdfFrom === 'xlsx'
        ? (['signFooter', 'widePage'] as const).filter(() => rq() < 0.3)
        : (['wordHead', 'wordFooter'] as const).filter(() => rq() < 0.35);
    styles.push(...more);
    if (styles.length > 0) choices.pdfPage = styles;
  }
  if (layout !== undefined) choices.format = layout;
  // A shape's own choices from a stream of their own: every other choice stays the variant's.
  const rs = rng(hash(`${src.set}/${src.file}/${seed}/shape/${shape ?? ''}`));
  if (shape !== undefined && shapeFits(src, shape)) {
    choices.shape = shape;
    if (shape === 'scoring') choices.shapeStyle = pick(rs, ['columns', 'inName'] as const);
    // A graded table run together (as wide/492) where every target is a figure with its unit; a table otherwise.
    if (shape === 'graded') {
      const glued = f.indicators!.every((i) =>
        GLUED_THRESHOLD.test(spellings(i.target)[0]!.replace(/\s+/g, '')),
      );
      choices.shapeStyle = glued && rs() < 0.5 ? 'joined' : 'table';
      if (choices.shapeStyle === 'joined') choices.format = 'lines';
      // Its thresholds as printed, each in one cell (a band's grades part no 指标值 into sign, figure and unit).
      if (choices.shapeStyle === 'joined' || choices.targetStyle === 'columns')
        choices.targetStyle = 'asPrinted';
    }
    if (shape === 'headColumn' && !(COPIED_LAYOUTS as readonly string[]).includes(choices.format))
      choices.format = ['pipe', 'tab'].includes(choices.format)
        ? choices.format
        : pick(rs, HEAD_COLUMN_TABLES);
    // A run-together copy is text whatever the source was.
    if (shape === 'joined' || shape === 'reportTable') choices.format = 'lines';
    // A generated report prints its table with a one-row header, the targets as the system writes them.
    if (shape === 'reportTable') {
      choices.header = 'one';
      choices.targetStyle = pick(rs, ['asPrinted', 'ascii'] as const);
    }
    if (shape === 'bracketList')
      return textLinesVariant(src, seed, choices, bracketList(src.form, rs, levelsOf, LEVEL1_ORDER));
    if (shape === 'headingOutline')
      return textLinesVariant(src, seed, choices, headingOutline(src.form, rs, levelsOf, LEVEL1_ORDER));
  }
  const reportTable = choices.shape === 'reportTable';
  const targetActual = choices.shape === 'targetActual' || reportTable;
  const bond = choices.shape === 'bond';
  const label = (xs: readonly string[]) => {
    const l = pick(r, xs);
    choices.labels.push(l);
    return l;
  };
  const amount = (wan: string | undefined) =>
    wan === undefined ? '' : choices.yuan ? toYuan(wan, r() < 0.5) : wan;
  const moneyUnit = choices.yuan ? '元' : '万元';

  // Indicator columns: levels first (as every template), the rest in a permuted order.
  const tail: string[] = ['target'];
  if (evaluation) tail.push(kind === 'monitoring' ? 'monitorActual' : 'actual');
  if (kind === 'self-evaluation' && f.indicators!.some((i) => i.weight !== undefined)) tail.push('weight');
  if (kind === 'self-evaluation' && f.indicators!.some((i) => i.score !== undefined)) tail.push('score');
  if (evaluation && r() < 0.75) tail.push('reason');
  // Templates without 分值 or 得分 columns (a 自评表 scored only in total, or not at all).
  if (kind === 'self-evaluation') {
    for (const c of ['weight', 'score'])
      if (tail.includes(c) && r() < 0.15) {
        tail.splice(tail.indexOf(c), 1);
        choices.omitted.push(c);
      }
  }
  let columns = ['level1', 'level2', 'name', ...shuffle(r, tail)];
  // A target-and-actual table: the levels, the name, the target and what was done (a reason after, at times).
  if (targetActual) {
    columns = ['level1', 'level2', 'name', 'target', 'actual', ...(rs() < 0.3 ? ['reason'] : [])];
    choices.omitted = ['weight', 'score'];
  }
  // A generated report's table: the share done after what was done, never a reason.
  if (reportTable) columns = ['level1', 'level2', 'name', 'target', 'actual', 'share'];
  // The 重庆 部门整体 template's order: the target, an adjusted target (left empty), the actual, the share of the
  // points earned, the points and a core-indicator answer (wide/475).
  if (choices.shape === 'coreColumn')
    columns = [
      'level1',
      'level2',
      'name',
      'target',
      'adjusted',
      ...(['actual', 'coefficient', 'weight', 'score'] as const).filter(
        (c) => c === 'coefficient' || columns.includes(c),
      ),
      'core',
    ];
  // A graded table: its levels' 分类 and name, a description, the four grades' thresholds and the basis.
  const graded = choices.shape === 'graded';
  if (graded) columns = ['level1', 'name', 'description', 'target', 'good', 'fair', 'poor', 'basis'];
  // A scoring table prints each level's points in a column after it (一级 | 分值 | 二级 | 分值 | 三级 …).
  const levelPoints = choices.shape === 'scoring' && choices.shapeStyle === 'columns';
  if (levelPoints) columns = ['level1', 'level1Weight', 'level2', 'level2Weight', ...columns.slice(2)];
  // Split 指标值 columns stay together in the order templates print them.
  if (choices.targetStyle === 'columns')
    columns = columns.flatMap((c) => (c === 'target' ? ['op', 'target', 'unit'] : [c]));
  choices.columns = columns;
  let budgetOrder: string[] = [];
  // A bond's 进度 column: the rate, the amount spent printed again (wide/507), or none.
  const progress = bond ? pick(rs, ['rate', 'amount', 'none'] as const) : 'none';
  if (bond) {
    budgetOrder = shuffle(rs, ['executed', 'annual']);
    if (progress !== 'none') budgetOrder.push('rate');
    for (const k of ['weight', 'score'] as const) if (f.budgetRows![k] !== undefined) budgetOrder.push(k);
  } else if (evaluation && f.budgetRows && !targetActual) {
    const labels = kind === 'monitoring' ? MONITOR_ROW_LABELS : BUDGET_ROW_LABELS;
    // A 监控表 prints its 全年预算数 where its source did; a 年初预算数 its source lacks is at times a blank column.
    const keys = Object.keys(labels).filter((k) =>
      k === 'annual' && kind === 'monitoring'
        ? f.budgetRows!.annual !== undefined
        : k !== 'initial' || f.budgetRows!.initial !== undefined || r() < 0.5,
    );
    const late = (k: string) => ['weight', 'rate', 'score'].includes(k);
    budgetOrder =
      kind === 'monitoring' ? keys : [...keys.filter((k) => !late(k)), ...shuffle(r, keys.filter(late))];
  }
  const width = Math.max(columns.length, choices.kv === 4 ? 4 : 2, budgetOrder.length + 2);

  const grid: Grid = [];
  const pre: string[] = [];
  const title = label(TITLES[kind]!);
  pre.push(kind === 'department' || r() < 0.5 ? title : `${title}`);
  pre.push(pick(r, ['(2023年度)', '( 2022 年度)', '']));
  // Amounts in 元 are always said to be (a page line or the label's note): a template never leaves it to guess.
  const drawnUnitLine = r() < 0.5;
  // Drawn only where the line is printed, as before the shapes: the stream of every other choice unchanged.
  const unitChoice = drawnUnitLine ? pick(r, [`金额单位:${moneyUnit}`, `单位:${moneyUnit}`]) : '';
  // An untitled form opens at its head labels: no title, year or unit line (its amounts' unit in their labels).
  const untitled = choices.shape === 'untitled';
  const unitLine = drawnUnitLine && !untitled && !targetActual;
  if (untitled || targetActual) pre.length = 0;
  else if (unitLine) pre.push(unitChoice);
  // An attachment read by OCR says so above its table (wide/520).
  if (targetActual && !reportTable && rs() < 0.4)
    pre.push('详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)');
  // The report's sentence before its table (wide/536).
  if (reportTable) pre.push('项目资金到位率绩效目标值为100%,,如下图:项目年度绩效目标(定量目标)');

  // Key–value block.
  const pairs: Array<[string, string]> = [];
  const nameLabel = label(kind === 'department' ? DEPT_LABELS : NAME_LABELS);
  pairs.push([nameLabel, spellings(f.name)[0]!]);
  const units = spellings(f.unit);
  if (units.length > 0) {
    pairs.push([label(SUPERVISOR_LABELS), units[1] ?? units[0]!]);
    if (units.length > 1) pairs.push([label(EXECUTOR_LABELS), units[0]!]);
  }
  if (f.budget !== undefined) {
    const l = label(kind === 'department' ? DEPT_BUDGET_LABELS : BUDGET_LABELS);
    pairs.push([r() < 0.5 || (choices.yuan && !unitLine) ? `${l}(${moneyUnit})` : l, amount(f.budget)]);
  }
  // A bond's head names the field the money goes to (投向领域).
  if (bond && rs() < 0.5)
    pairs.push([
      pick(rs, ['投向领域', '债券投向领域']),
      pick(rs, ['老旧小区改造领域', '城镇基础设施', '社会事业']),
    ]);
  if (targetActual) {
    // The indicator table alone: no head.
  } else if (choices.shape === 'headColumn') {
    // Copied column by column (a PDF viewer reading the head's label column down, then its value column).
    pre.push(...pairs.map(([k]) => k), ...pairs.map(([, v]) => v));
  } else if (choices.kv === 2 || pairs.length < 2) {
    for (const [k, v] of pairs) grid.push(fill([cell(k), cell(v)], width));
  } else {
    for (let p = 0; p < pairs.length; p += 2) {
      const half = Math.floor(width / 2);
      const a = pairs[p]!;
      const b = pairs[p + 1];
      const row = [cell(a[0]), cell(a[1], Math.max(1, half - 1))];
      if (b) row.push(cell(b[0]), cell(b[1]));
      grid.push(fill(row, width));
    }
  }

  // Budget rows of a 自评表 / 监控表.
  if (budgetOrder.length > 0) {
    const labels = kind === 'monitoring' ? MONITOR_ROW_LABELS : BUDGET_ROW_LABELS;
    const money = (k: string) => ['initial', 'annual', 'executed'].includes(k);
    const rows = f.budgetRows!;
    // A 监控表's 全年预算数 column draws its spelling and figures from a stream of its own: the rest stay as they were.
    const ownStream = (k: string) => kind === 'monitoring' && k === 'annual';
    const ra = rng(hash(`${src.set}/${src.file}/${seed}/monitorAnnual`));
    const values = budgetOrder.map((k) => {
      if (k === 'rate' && bond) return progress === 'amount' ? amount(rows.executed) : bondRate(rows);
      const v = rows[k as keyof typeof rows];
      if (ownStream(k) && v !== undefined) return choices.yuan ? toYuan(v, ra() < 0.5) : v;
      return money(k) ? amount(v) : (v ?? '');
    });
    const rowLabel = (k: string) => {
      if (!ownStream(k)) return label(labels[k]!);
      const l = pick(ra, labels[k]!);
      choices.labels.push(l);
      return l;
    };
    // A bond's headings at times broken by a space, as a copy of its narrow cells gives them (实际支出 金额).
    const broken = bond && rs() < 0.35;
    // Amounts in 元 say so in their headings where no page line does (and at times where one does).
    const unitNote = choices.yuan && (!unitLine || rs() < 0.5) ? `(${moneyUnit})` : '';
    const bondLabel = (k: string) => {
      const l = label(BOND_ROW_LABELS[k]!);
      const spaced = broken && l.length >= 4 ? `${l.slice(0, l.length - 2)} ${l.slice(-2)}` : l;
      return money(k) ? `${spaced}${unitNote}` : spaced;
    };
    const points = rows.weight ?? '10';
    if (bond && choices.budget === 'rows') {
      budgetOrder.forEach((k, n) => {
        const head = n === 0 ? [cell(`债券资金管理指标(${points}分)`, 1, budgetOrder.length)] : [];
        const row = fill([...head, cell(bondLabel(k)), cell(values[n]!)], n === 0 ? width : width - 1);
        grid.push(n === 0 ? row : [null, ...row]);
      });
    } else if (bond) {
      grid.push(
        fill(
          [
            cell(`债券资金管理指标(${points}分)`, 1, 2),
            cell(`总体支出进度${pick(rs, ['', ' '])}(当年实际支出金额/项目当年下达额度)`, 1, 2),
            ...budgetOrder.map((k) => cell(bondLabel(k))),
          ],
          width,
        ),
      );
      grid.push([
        null,
        null,
        ...fill(
          values.map((v) => cell(v)),
          width - 2,
        ),
      ]);
    } else if (choices.budget === 'rows') {
      // One label–figure row each, 项目资金 merged down their left.
      budgetOrder.forEach((k, n) => {
        const head = n === 0 ? [cell(`项目资金(${moneyUnit})`, 1, budgetOrder.length)] : [];
        const row = fill([...head, cell(rowLabel(k)), cell(values[n]!)], n === 0 ? width : width - 1);
        grid.push(n === 0 ? row : [null, ...row]);
      });
    } else {
      grid.push(
        fill(
          [cell(`项目资金(${moneyUnit})`, 1, 2), cell(''), ...budgetOrder.map((k) => cell(rowLabel(k)))],
          width,
        ),
      );
      const second = fill(
        [cell(label(['年度资金总额', '合计', '资金总额'])), ...values.map((v) => cell(v))],
        width - 1,
      );
      grid.push([null, ...second]);
    }
  }

  if (r() < 0.6 && !targetActual)
    grid.push(fill([cell(label(GOAL_LABELS)), cell('按期完成项目建设任务,发挥资金使用效益')], width));

  // Header.
  const headStart = grid.length;
  // A graded table's headings are its own (printed below); the others drawn from the spellings seen.
  const headLabels = graded
    ? []
    : columns.map((c) =>
        reportTable
          ? REPORT_TABLE_LABELS[c]!
          : targetActual
            ? pick(rs, TARGET_ACTUAL_LABELS[c] ?? COLUMN_LABELS[c]!)
            : label(COLUMN_LABELS[c]!),
      );
  // The columns the levels take: 一级, 二级, 三级 and, in a scoring table, the levels' points.
  const lead = columns.indexOf('name') + 1;
  if (graded) {
    // 绩效指标评价标准 over its four grades; the other headings down both rows.
    const top: Cell[] = ['绩效指标分类', '绩效指标', '绩效指标描述'].map((l) => cell(l, 1, 2));
    top.push(cell('绩效指标评价标准', 4), cell('评价标准确定依据', 1, 2));
    const under: Array<Cell | null> = [
      null,
      null,
      null,
      ...['优', '良', '中', '差'].map((g) => cell(g)),
      null,
    ];
    while (under.length < width) under.push(null);
    grid.push(fill(top, width), under);
  } else if (choices.header === 'twoRows') {
    const top = headLabels.map((l) => cell(l.length > 3 ? l.slice(0, 2) : l));
    const bottom = headLabels.map((l) => cell(l.length > 3 ? l.slice(2) : ''));
    grid.push(fill(top, width), fill(bottom, width));
  } else if (choices.header === 'band' && choices.targetStyle === 'columns') {
    const top: Cell[] = [];
    const bottom: Cell[] = [];
    columns.forEach((c, k) => {
      if (c === 'op') {
        top.push(cell('年度指标值', 3));
        bottom.push(cell(headLabels[k]!), cell(headLabels[k + 1]!), cell(headLabels[k + 2]!));
      } else if (c === 'target' || c === 'unit') return;
      else {
        top.push(cell(headLabels[k]!, 1, 2));
        bottom.push(null as unknown as Cell);
      }
    });
    const t = fill(top, width);
    const b: Array<Cell | null> = [];
    for (const c of bottom) b.push(c);
    while (b.length < width) b.push(null);
    grid.push(t, b);
  } else if (choices.header === 'band') {
    // 绩效指标 over the three levels (and their points, in a scoring table).
    grid.push(fill([cell('绩效指标', lead), ...headLabels.slice(lead).map((l) => cell(l, 1, 2))], width));
    const under: Array<Cell | null> = headLabels.slice(0, lead).map((l) => cell(l));
    // Under the band's last heading, merged to the table's edge and down both rows.
    while (under.length < width) under.push(null);
    grid.push(under);
  } else
    grid.push(
      fill(
        headLabels.map((l) => cell(l)),
        width,
      ),
    );

  // Indicator rows, grouped by 一级 then 二级 with merged level cells.
  const rows = f.indicators!.map((i) => ({ i, lv: levelsOf(i) }));
  rows.sort(
    (a, b) => LEVEL1_ORDER.indexOf(a.lv[0]) - LEVEL1_ORDER.indexOf(b.lv[0]) || a.lv[1].localeCompare(b.lv[1]),
  );
  const bodyStart = grid.length;
  // A scoring table's points of a level: the weights of its indicators added up.
  const level1Points = (l1: string) => points(rows.filter((x) => x.lv[0] === l1).map((x) => x.i.weight));
  const level2Points = (lv: [string, string]) =>
    points(rows.filter((x) => x.lv[0] === lv[0] && x.lv[1] === lv[1]).map((x) => x.i.weight));
  const inName = choices.shape === 'scoring' && choices.shapeStyle === 'inName';
  const bracket = pick(rs, [
    ['(', '分)'],
    ['（', '分）'],
    ['(', ')'],
  ] as const);
  const named = (level: string, pts: string) => (inName ? `${level}${bracket[0]}${pts}${bracket[1]}` : level);
  // A target-and-actual table words its 二级 as another framework does, the same word for the same level.
  const otherWords = targetActual && !reportTable && rs() < 0.7;
  const level2Words = new Map<string, string>();
  const level2Word = (l2: string) => {
    if (!otherWords || !OTHER_LEVEL2[l2]) return l2;
    if (!level2Words.has(l2)) level2Words.set(l2, pick(rs, OTHER_LEVEL2[l2]));
    return level2Words.get(l2)!;
  };
  rows.forEach(({ i, lv }) => {
    const row: Array<Cell | null> = [];
    const target = writeTarget(spellings(i.target)[0]!, choices.targetStyle);
    for (const c of columns) {
      if (c === 'level1') row.push(cell(reportTable ? goalWorded(lv[0]) : named(lv[0], level1Points(lv[0]))));
      else if (c === 'level2')
        row.push(cell(reportTable ? goalWorded(lv[1]) : named(level2Word(lv[1]), level2Points(lv))));
      else if (c === 'level1Weight') row.push(cell(level1Points(lv[0])));
      else if (c === 'level2Weight') row.push(cell(level2Points(lv)));
      else if (c === 'name') row.push(cell(spellings(i.name)[0]!));
      else if (c === 'op') row.push(cell(target[0]!));
      else if (c === 'target') row.push(cell(target.length === 3 ? target[1]! : target[0]!));
      else if (c === 'unit') row.push(cell(target[2]!));
      else if (c === 'actual' || c === 'monitorActual') row.push(cell(spellings(i.actual)[0] ?? ''));
      else if (c === 'weight') row.push(cell(i.weight ?? ''));
      else if (c === 'score') row.push(cell(i.score ?? ''));
      else if (c === 'coefficient') row.push(cell(coefficientOf(i.weight, i.score)));
      else if (c === 'core') row.push(cell(pick(rs, ['是', '否'])));
      // A graded row: the description (run together, the name said again, as templates fill it), the lower
      // grades' thresholds as the best one (a band that grades only pass or fail), the basis.
      else if (c === 'description')
        row.push(
          cell(
            choices.shapeStyle === 'joined'
              ? spellings(i.name)[0]!
              : `考核${spellings(i.name)[0]!}是否达到目标`,
          ),
        );
      else if (c === 'good' || c === 'fair' || c === 'poor') row.push(cell(target.join('')));
      else if (c === 'basis') row.push(cell(pick(rs, GRADE_BASES)));
      else if (c === 'share')
        row.push(cell(shareDone(spellings(i.target)[0]!, spellings(i.actual)[0] ?? '')));
      else row.push(cell(''));
    }
    while (row.length < width) row.push(cell(''));
    grid.push(row);
  });
  // Merge equal 一级 / 二级 cells down the body, as the printed table does; a level's points merged as its level.
  const l1 = columns.indexOf('level1');
  const l2 = columns.indexOf('level2');
  // (A graded table has no 二级 column.)
  for (const col of [l1, l2].filter((c) => c >= 0)) {
    let k = bodyStart;
    while (k < grid.length) {
      let n = 1;
      const here = grid[k]![col]!;
      while (
        k + n < grid.length &&
        grid[k + n]![col]?.text === here.text &&
        (col === l1 ||
          grid[k + n]![l1] === null ||
          grid[k + n]![l1]?.text === here.text ||
          grid[k]![l1] === null)
      )
        n++;
      if (n > 1) {
        here.rowspan = n;
        for (let s = 1; s < n; s++) grid[k + s]![col] = null;
        if (levelPoints) {
          grid[k]![col + 1]!.rowspan = n;
          for (let s = 1; s < n; s++) grid[k + s]![col + 1] = null;
        }
      }
      k += n;
    }
  }
  if (
    kind === 'self-evaluation' &&
    !targetActual &&
    ((f.total !== undefined && !choices.omitted.includes('score')) || f.grade !== undefined)
  ) {
    const row: Array<Cell | null> = fill([cell(label(['总分', '合计', '自评总分'])), cell('')], width);
    const scoreAt = columns.indexOf('score');
    const weightAt = columns.indexOf('weight');
    for (let k = 1; k < width; k++) row[k] = cell('');
    row[0] = cell(row[0]!.text, lead);
    for (let k = 1; k < lead; k++) row[k] = null;
    if (weightAt >= lead) row[weightAt] = cell('100');
    if (f.total !== undefined && scoreAt >= lead) row[scoreAt] = cell(f.total);
    grid.push(row);
    if (f.grade !== undefined)
      grid.push(fill([cell(label(['评价等级', '自评等级', '绩效等级'])), cell(f.grade)], width));
  }

  // The report goes on after its table: its next numbered section (wide/536).
  if (reportTable)
    grid.push(
      fill(
        [cell('(二)项目财务管理状况本项目累计安排资金10万元,,其中:项目立项6分,绩效目标5分,总得分90,,')],
        width,
      ),
    );
  // Another table under the indicators in the same copy (wide/520's schools and their payments).
  if (targetActual && !reportTable && rs() < 0.5) {
    const head = pick(rs, AFTER_TABLES);
    grid.push(
      fill(
        head.map((h) => cell(h)),
        width,
      ),
    );
    for (let n = 1; n <= 2; n++)
      grid.push(
        fill(
          head.map((h, k) =>
            cell(
              k === 0
                ? String(n)
                : /金额|资金|标准/.test(h)
                  ? String(2600 + 10 * n)
                  : h === '备注'
                    ? ''
                    : `某某${n}`,
            ),
          ),
          width,
        ),
      );
  }

  if (choices.fullWidth) {
    for (const row of grid) for (const c of row) if (c) c.text = FULL(c.text);
    for (let k = 0; k < pre.length; k++) pre[k] = FULL(pre[k]!);
  }

  const id = `${src.set}/${src.file}#${spellings(f.name)[0]!.slice(0, 8)}@${seed}`;
  const ext = ['xlsx', 'html', 'docx', 'pdf'].includes(choices.format) ? choices.format : 'txt';
  const truth: DocTruth = {
    file: `variant-${seed}.${ext}`,
    kind,
    province: '',
    source: id,
    forms: [
      {
        ...f,
        indicatorCount: f.indicators!.length,
        indicators: f.indicators!.map((i) => {
          const out = { ...i };
          for (const c of choices.omitted) delete out[c as 'weight' | 'score'];
          // A target form's template here prints no 分值 column (only a 自评表's does): its weights are not asked.
          if (!columns.includes('weight')) delete out.weight;
          return out;
        }),
        // Without a 得分 column (left out, or no indicator of the source has a 得分) the template prints no
        // total under it.
        ...(columns.includes('score') ? {} : { total: undefined }),
        // A 监控表's block prints the columns drawn (年初预算数 | 全年预算数 | 1-7月执行数 | 执行率): what it leaves out is not
        // on the page.
        ...(kind === 'monitoring' && f.budgetRows
          ? {
              budgetRows: Object.fromEntries(
                Object.entries(f.budgetRows).filter(([k]) => budgetOrder.includes(k)),
              ),
            }
          : {}),
        // A bond's block prints the year's money, what was spent, the 进度 where it is a rate, and its points.
        ...(bond
          ? {
              budgetRows: {
                ...Object.fromEntries(
                  Object.entries(f.budgetRows!).filter(([k]) => budgetOrder.includes(k) && k !== 'rate'),
                ),
                ...(progress === 'rate' ? { rate: bondRate(f.budgetRows!) } : {}),
              },
            }
          : {}),
      },
    ],
  };
  // A target-and-actual table names no project, unit or money: its indicators are all it holds.
  if (targetActual) {
    const form = truth.forms[0]!;
    truth.forms[0] = { kind, indicatorCount: form.indicatorCount, indicators: form.indicators };
  }
  const head = { from: headStart, to: bodyStart };
  return { id, file: truth.file, data: new Uint8Array(), truth, choices, ...{ grid, pre, head } } as Drawn;
}

/** A bond's 进度: what was spent of the year's 下达额度, as a per cent to two places. */
function bondRate(rows: NonNullable<FormTruth['budgetRows']>): string {
  const spent = dec(rows.executed);
  const given = dec(rows.annual);
  if (spent === null || given === null || given.isZero()) return '';
  return `${Number(spent.div(given).times(100).toFixed(2))}%`;
}

/**
 * A project printed as text, one paragraph a line: as a department's list of project targets (bracket-list.ts) or
 * under numbered headings (heading-outline-shape.ts).
 */
function textLinesVariant(
  src: SourceForm,
  seed: number,
  choices: VariantChoices,
  printed: { lines: string[]; form: FormTruth },
): Variant {
  choices.format = 'lines';
  const id = `${src.set}/${src.file}#${spellings(src.form.name)[0]!.slice(0, 8)}@${seed}`;
  const truth: DocTruth = {
    file: `variant-${seed}.txt`,
    kind: 'project',
    province: '',
    source: id,
    forms: [printed.form],
  };
  const data = new TextEncoder().encode(printed.lines.join('\n') + '\n');
  return { id, file: truth.file, data, truth, choices };
}
