// What every step of drawing a template variant (variants.ts) shares: the source form, its two seeded streams of
// choices, the choices drawn so far and the helpers that draw a label or print an amount from them.
// Test data, not product code.
import type { FormTruth } from './truth.ts';
import { pick, type VariantChoices } from './variant-choices.ts';
import { toYuan } from './variant-spellings.ts';

export interface DrawContext {
  form: FormTruth;
  kind: FormTruth['kind'];
  /** A 自评表 or 监控表: an actual column, a budget block of rows. */
  evaluation: boolean;
  /** The variant's stream: every choice that all variants make, in the order they were first made. */
  r: () => number;
  /** The shape's stream: a shape's own choices, so that every other choice stays the variant's. */
  rs: () => number;
  choices: VariantChoices;
  /** The shapes that change more than one step: a generated report's table, a target-and-actual table, a bond. */
  reportTable: boolean;
  targetActual: boolean;
  bond: boolean;
  /** One of a label's spellings, drawn on the variant's stream and kept in choices.labels. */
  label: (xs: readonly string[]) => string;
  /** An amount of the source (in 万元) as the variant prints it (in 元 when drawn so). */
  amount: (wan: string | undefined) => string;
  moneyUnit: string;
}

/** The context of a variant whose choices are drawn (the shape's among them). */
export function drawContext(
  form: FormTruth,
  r: () => number,
  rs: () => number,
  choices: VariantChoices,
): DrawContext {
  const kind = form.kind;
  const reportTable = choices.shape === 'reportTable';
  return {
    form,
    kind,
    evaluation: kind === 'self-evaluation' || kind === 'monitoring',
    r,
    rs,
    choices,
    reportTable,
    targetActual: choices.shape === 'targetActual' || reportTable,
    bond: choices.shape === 'bond',
    label: (xs) => {
      const l = pick(r, xs);
      choices.labels.push(l);
      return l;
    },
    amount: (wan) => (wan === undefined ? '' : choices.yuan ? toYuan(wan, r() < 0.5) : wan),
    moneyUnit: choices.yuan ? '元' : '万元',
  };
}
