// The first step of a template variant (variants.ts): the choices every variant makes — its format, key–value
// columns, unit of money, 指标值 style, header, full-width digits, budget block — then a new layout's and a whole
// shape's own choices, each on a stream of its own so that adding them left every other variant as it was.
// Test data, not product code.
import { spellings } from './truth.ts';
import {
  COPIED_LAYOUTS,
  DOCX_SHARE,
  FORMATS,
  hash,
  HEAD_COLUMN_TABLES,
  type NewLayout,
  type PdfPageStyle,
  pick,
  rng,
  type Shape,
  type SourceForm,
  type VariantChoices,
} from './variant-choices.ts';
import { GLUED_THRESHOLD, shapeFits } from './variant-spellings.ts';

/** Draws a variant's choices: `r` the variant's stream, `rs` its shape's. */
export function drawChoices(
  src: SourceForm,
  seed: number,
  r: () => number,
  rs: () => number,
  layout?: NewLayout,
  shape?: Shape,
): VariantChoices {
  const f = src.form;
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
  // A shape's own choices from the shape's stream: every other choice stays the variant's.
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
    // A 指标值 written inside a sentence or a numbered run is written as the form has it, never in columns.
    if (shape === 'numberedCell' || shape === 'checklist') choices.targetStyle = 'asPrinted';
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
  }
  return choices;
}
