// The value of a spreadsheet formula saved without its result. Excel stores each formula's last result beside
// it, but a workbook written by a program (a reporting system's export, a script) and never opened in Excel
// has none: the 执行率 and 得分 the form shows would be lost. The arithmetic such forms use is computed here —
// figures, cells and ranges of the same sheet, + - * / ^ % &, SUM AVERAGE MIN MAX ROUND ABS — and anything
// else (other sheets, lookups, conditions, errors) gives null: the cell stays empty, as it did before.

/** A cell's value as a formula sees it: a number, a text, or nothing (an empty cell). */
export type FormulaValue = number | string | null;

/** The sheet a formula reads: one cell, and the cells stored inside a range (empty ones need not be given). */
export interface FormulaSheet {
  cell(row: number, col: number): FormulaValue | undefined;
  range(top: number, left: number, bottom: number, right: number): FormulaValue[] | undefined;
}

/** Longer than any formula of a form; a longer one is not computed. */
const MAX_FORMULA_LENGTH = 2000;
/** Deeper parentheses than any form's formula. */
const MAX_NESTING = 50;

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; row: number; col: number }
  | { t: 'range'; top: number; left: number; bottom: number; right: number }
  | { t: 'fn'; name: string }
  | { t: 'op'; v: string };

class Unsupported extends Error {}

const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})/;

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let s = formula.replace(/^=/, '');
  while (s.length > 0) {
    const space = /^\s+/.exec(s);
    if (space) {
      s = s.slice(space[0].length);
      continue;
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(s);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      s = s.slice(num[0].length);
      continue;
    }
    if (s[0] === '"') {
      const str = /^"((?:[^"]|"")*)"/.exec(s);
      if (!str) throw new Unsupported();
      out.push({ t: 'str', v: str[1]!.replace(/""/g, '"') });
      s = s.slice(str[0].length);
      continue;
    }
    const fn = /^([A-Z][A-Z0-9.]*)\(/i.exec(s);
    if (fn) {
      out.push({ t: 'fn', name: fn[1]!.toUpperCase() });
      out.push({ t: 'op', v: '(' });
      s = s.slice(fn[0].length);
      continue;
    }
    const ref = REF.exec(s.toUpperCase());
    if (ref && !/^[A-Z0-9_!.]/i.test(s.slice(ref[0].length))) {
      const a = { row: Number(ref[2]), col: columnOf(ref[1]!) };
      s = s.slice(ref[0].length);
      const second = s[0] === ':' ? REF.exec(s.slice(1).toUpperCase()) : null;
      if (second) {
        const b = { row: Number(second[2]), col: columnOf(second[1]!) };
        s = s.slice(1 + second[0].length);
        out.push({
          t: 'range',
          top: Math.min(a.row, b.row),
          left: Math.min(a.col, b.col),
          bottom: Math.max(a.row, b.row),
          right: Math.max(a.col, b.col),
        });
      } else out.push({ t: 'ref', ...a });
      continue;
    }
    if ('+-*/^%&(),'.includes(s[0]!)) {
      out.push({ t: 'op', v: s[0]! });
      s = s.slice(1);
      continue;
    }
    // other sheets (说明!A1), names, comparisons, arrays, errors: not computed
    throw new Unsupported();
  }
  return out;
}

/** An argument of a function: one value, or a range's values. */
type Arg = FormulaValue | { values: FormulaValue[] };

class Evaluator {
  private at = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly sheet: FormulaSheet,
  ) {}

  run(): FormulaValue {
    const v = this.concat();
    if (this.at !== this.tokens.length) throw new Unsupported();
    return v;
  }

  private peek(v: string): boolean {
    const t = this.tokens[this.at];
    return t?.t === 'op' && t.v === v;
  }

  private concat(): FormulaValue {
    let v = this.sum();
    while (this.peek('&')) {
      this.at++;
      v = text(v) + text(this.sum());
    }
    return v;
  }

  private sum(): FormulaValue {
    let v = this.product();
    while (this.peek('+') || this.peek('-')) {
      const op = (this.tokens[this.at++] as { v: string }).v;
      const r = num(this.product());
      v = op === '+' ? num(v) + r : num(v) - r;
    }
    return v;
  }

  private product(): FormulaValue {
    let v = this.power();
    while (this.peek('*') || this.peek('/')) {
      const op = (this.tokens[this.at++] as { v: string }).v;
      const r = num(this.power());
      if (op === '/' && r === 0) throw new Unsupported(); // #DIV/0!
      v = op === '*' ? num(v) * r : num(v) / r;
    }
    return v;
  }

  private power(): FormulaValue {
    let v = this.unary();
    while (this.peek('^')) {
      this.at++;
      v = num(v) ** num(this.unary());
    }
    return v;
  }

  private unary(): FormulaValue {
    if (this.peek('-')) {
      this.at++;
      return -num(this.unary());
    }
    if (this.peek('+')) {
      this.at++;
      return this.unary();
    }
    let v = this.primary();
    while (this.peek('%')) {
      this.at++;
      v = num(v) / 100;
    }
    return v;
  }

  private primary(): FormulaValue {
    const t = this.tokens[this.at++];
    if (!t) throw new Unsupported();
    switch (t.t) {
      case 'num':
      case 'str':
        return t.v;
      case 'ref': {
        const v = this.sheet.cell(t.row, t.col);
        if (v === undefined) throw new Unsupported();
        return v;
      }
      case 'fn':
        return this.call(t.name);
      case 'op':
        if (t.v !== '(') throw new Unsupported();
        return this.nested(() => {
          const v = this.concat();
          if (!this.peek(')')) throw new Unsupported();
          this.at++;
          return v;
        });
      default:
        throw new Unsupported(); // a range outside a function
    }
  }

  private nested<T>(read: () => T): T {
    if (++this.depth > MAX_NESTING) throw new Unsupported();
    const v = read();
    this.depth--;
    return v;
  }

  private call(name: string): FormulaValue {
    this.at++; // '('
    const args = this.nested(() => this.args());
    const numbers = (list: Arg[]) =>
      list.flatMap((a) =>
        a !== null && typeof a === 'object'
          ? a.values.filter((v): v is number => typeof v === 'number')
          : [num(a)],
      );
    switch (name) {
      case 'SUM':
        return numbers(args).reduce((s, n) => s + n, 0);
      case 'AVERAGE': {
        const ns = numbers(args);
        if (ns.length === 0) throw new Unsupported();
        return ns.reduce((s, n) => s + n, 0) / ns.length;
      }
      case 'MIN':
      case 'MAX': {
        const ns = numbers(args);
        return ns.length === 0 ? 0 : name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
      }
      case 'ABS':
        return Math.abs(num(single(args, 1)[0]!));
      case 'ROUND': {
        const [x, digits] = single(args, 2);
        return round(num(x!), num(digits!));
      }
      default:
        throw new Unsupported();
    }
  }

  private args(): Arg[] {
    const args: Arg[] = [];
    if (this.peek(')')) {
      this.at++;
      return args;
    }
    for (;;) {
      const t = this.tokens[this.at];
      const next = this.tokens[this.at + 1];
      if (t?.t === 'range' && (next?.t !== 'op' || next.v === ',' || next.v === ')')) {
        this.at++;
        const values = this.sheet.range(t.top, t.left, t.bottom, t.right);
        if (!values) throw new Unsupported();
        args.push({ values });
      } else args.push(this.concat());
      if (this.peek(',')) {
        this.at++;
        continue;
      }
      if (this.peek(')')) {
        this.at++;
        return args;
      }
      throw new Unsupported();
    }
  }
}

function single(args: Arg[], count: number): FormulaValue[] {
  if (args.length !== count || args.some((a) => a !== null && typeof a === 'object')) throw new Unsupported();
  return args as FormulaValue[];
}

/** A value in arithmetic: empty is 0, a text of a number (a figure stored as text) its number. */
function num(v: FormulaValue): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  const n = Number(v.trim().replace(/,/g, ''));
  if (v.trim() === '' || !Number.isFinite(n)) throw new Unsupported(); // #VALUE!
  return n;
}

function text(v: FormulaValue): string {
  return v === null ? '' : String(v);
}

/** Excel's ROUND: halves away from zero, at a decimal digit (not at the binary float's). */
function round(x: number, digits: number): number {
  const d = Math.trunc(digits);
  const f = 10 ** d;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / f;
}

/** The formula's value on the sheet, or null when it is not one this reader computes. */
export function evaluateFormula(formula: string, sheet: FormulaSheet): FormulaValue {
  if (formula.length > MAX_FORMULA_LENGTH) return null;
  try {
    const v = new Evaluator(tokenize(formula), sheet).run();
    if (typeof v === 'number' && !Number.isFinite(v)) return null;
    return v;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
