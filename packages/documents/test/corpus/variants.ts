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
// The steps, a module each beside this one: variant-draw-choices.ts (the choices), variant-indicator-columns.ts,
// variant-budget-block.ts, variant-head.ts, variant-indicator-header.ts, variant-indicator-body.ts,
// variant-after-table.ts and variant-truth.ts, sharing the streams of choices through variant-draw-context.ts.
import { bracketList } from './bracket-list.ts';
import { headingOutline } from './heading-outline-shape.ts';
import { spellings, type DocTruth, type FormTruth } from './truth.ts';
import { printAfterTable } from './variant-after-table.ts';
import { drawBudgetBlock, printBudgetBlock } from './variant-budget-block.ts';
import {
  type Drawn,
  type Grid,
  hash,
  type NewLayout,
  rng,
  type Shape,
  type SourceForm,
  type Variant,
  type VariantChoices,
} from './variant-choices.ts';
import { drawChoices } from './variant-draw-choices.ts';
import { drawContext } from './variant-draw-context.ts';
import { printGoalRow, printHead } from './variant-head.ts';
import { printIndicatorBody } from './variant-indicator-body.ts';
import { drawIndicatorColumns } from './variant-indicator-columns.ts';
import { printIndicatorHeader } from './variant-indicator-header.ts';
import { variantTruth } from './variant-truth.ts';
import { checklistExplanations, printChecklist } from './variant-checklist.ts';
import { printNumberedCells } from './variant-numbered-cell.ts';
import { FULL, LEVEL1_ORDER, levelsOf } from './variant-spellings.ts';

/**
 * Builds one variant of a source form (in a whole new shape when asked: SHAPES). Each step draws its choices from
 * the two streams in turn — the variant's (`r`) and the shape's (`rs`) — so the steps run in this order: the
 * choices, the indicator columns, the budget block's rows, then the form printed top to bottom.
 */
export function makeVariant(src: SourceForm, seed: number, layout?: NewLayout, shape?: Shape): Variant {
  const r = rng(hash(`${src.set}/${src.file}/${spellings(src.form.name)[0] ?? ''}/${seed}`));
  const rs = rng(hash(`${src.set}/${src.file}/${seed}/shape/${shape ?? ''}`));
  const choices = drawChoices(src, seed, r, rs, layout, shape);
  if (choices.shape === 'bracketList')
    return textLinesVariant(src, seed, choices, bracketList(src.form, rs, levelsOf, LEVEL1_ORDER));
  if (choices.shape === 'headingOutline')
    return textLinesVariant(src, seed, choices, headingOutline(src.form, rs, levelsOf, LEVEL1_ORDER));
  const ctx = drawContext(src.form, r, rs, choices);
  const columns = drawIndicatorColumns(ctx);
  const block = drawBudgetBlock(ctx);
  const width = Math.max(columns.length, choices.kv === 4 ? 4 : 2, block.order.length + 2);

  const grid: Grid = [];
  const pre: string[] = [];
  const { unitLine } = printHead(ctx, grid, pre, width);
  printBudgetBlock(
    ctx,
    grid,
    block,
    unitLine,
    width,
    rng(hash(`${src.set}/${src.file}/${seed}/monitorAnnual`)),
  );
  printGoalRow(ctx, grid, width);
  const headStart = grid.length;
  let bodyStart = grid.length;
  let explanations: Map<number, string> | undefined;
  if (choices.shape === 'numberedCell') printNumberedCells(ctx, grid, width);
  else if (choices.shape === 'checklist') {
    explanations = checklistExplanations(ctx);
    printChecklist(ctx, grid, width, explanations);
    bodyStart = headStart + (grid[headStart + 2]?.[0]?.text === '名称' ? 3 : 2);
    printAfterTable(ctx, grid, columns, 3, width);
  } else {
    const lead = printIndicatorHeader(ctx, grid, columns, width);
    bodyStart = grid.length;
    printIndicatorBody(ctx, grid, columns, width);
    printAfterTable(ctx, grid, columns, lead, width);
  }

  if (choices.fullWidth) {
    for (const row of grid) for (const c of row) if (c) c.text = FULL(c.text);
    for (let k = 0; k < pre.length; k++) pre[k] = FULL(pre[k]!);
  }

  const id = `${src.set}/${src.file}#${spellings(src.form.name)[0]!.slice(0, 8)}@${seed}`;
  const truth = variantTruth(ctx, id, seed, columns, block);
  // A checklist's indicators are to reach what their 指标解释 says.
  if (explanations)
    truth.forms[0]!.indicators = src.form.indicators!.map((_, k) => ({
      ...truth.forms[0]!.indicators![k]!,
      target: explanations.get(k)!,
    }));
  const head = { from: headStart, to: bodyStart };
  return { id, file: truth.file, data: new Uint8Array(), truth, choices, ...{ grid, pre, head } } as Drawn;
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
