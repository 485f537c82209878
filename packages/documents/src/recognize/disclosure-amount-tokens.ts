// The pieces of a disclosure table's line when the extraction parted its cells by single spaces only (a PDF's text
// as pdfplumber, pdftotext without -layout or pdf.js give it): a row's label, the 科目 code before it and its amounts
// are told apart by what each is — an amount is number-shaped, a label is not — not by where the spaces fall.

/** What a piece of a line is. */
export type TokenKind = 'amount' | 'code' | 'numbering' | 'label';

export interface Token {
  text: string;
  kind: TokenKind;
  /** The line (1-based) the piece was printed on. */
  line: number | null;
}

/** An amount as a table prints it: 47,483,458, 3,286,618,082.20, 0.00, 386.02, -12, a rate 0.84%. */
const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?[%％]?$/;
/** A cell the table left empty and marked so (-, —). */
const DASH = /^[-—–]+$/;
/**
 * An amount run into the next cell's label: one with its thousands parted or its decimals written before any
 * label (47,483,458一、…, 0.00二、…), a bare whole one before a label that opens with its list number (2130二、…).
 */
const GLUED_AMOUNT =
  /^(-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?=[^\d,.年月日%％])|-?\d+(?=[一二三四五六七八九十]{1,3}、))(.+)$/u;
/** A 科目 code of 类 (3 digits), 款 (5) or 项 (7) run into its name: 2010506统计管理. */
const GLUED_CODE = /^(\d{3}|\d{5}|\d{7})(?=\p{Script=Han})(?![年月日号])(.+)$/u;
/** A list number on its own: 1. / 1、 / （一） / 一、. */
const NUMBERING = /^([（(]?[一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])$/;
/** A label opening with a list number: 二、卫生健康支出, 1、一般公共预算. */
const NUMBERED = /^([（(]?[一二三四五六七八九十]{1,3}[)）、]|\d{1,2}[、．.])(?!\d)/;

export const isAmount = (t: string): boolean => AMOUNT.test(t) || DASH.test(t);

/** A label that opens with its own list number, so starts a cell of its own. */
export const opensCell = (t: string): boolean => NUMBERED.test(t);

/** The pieces of one printed line, glued amounts and codes parted from the label after them. */
export function tokensOf(text: string, line: number | null): Token[] {
  const out: Token[] = [];
  for (const word of text.split(/[\s\u3000]+/u)) {
    if (word) split(word, line, out);
  }
  return out;
}

function split(word: string, line: number | null, out: Token[]): void {
  if (isAmount(word)) {
    out.push({ text: word, kind: 'amount', line });
    return;
  }
  const glued = GLUED_AMOUNT.exec(word);
  if (glued) {
    out.push({ text: glued[1]!, kind: 'amount', line });
    split(glued[2]!, line, out);
    return;
  }
  const coded = GLUED_CODE.exec(word);
  if (coded) {
    out.push({ text: coded[1]!, kind: 'code', line });
    out.push({ text: coded[2]!, kind: 'label', line });
    return;
  }
  out.push({ text: word, kind: NUMBERING.test(word) ? 'numbering' : 'label', line });
}

/**
 * The bare numbers that open a line right before a label are its 科目 code, not amounts: a 类 code of three
 * digits (208), then its 款 and 项 parts of two (208 05 01), or a code written whole (20105, 2010506). A label with
 * a list number (三、教育支出) is a 收支总表's line, which has no code: the number before it is an amount. Marked in
 * place.
 */
export function markCodes(tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'label' || opensCell(tokens[k]!.text)) continue;
    let j = k - 1;
    while (j >= 0 && tokens[j]!.kind === 'amount' && /^\d{2}$/.test(tokens[j]!.text)) j--;
    const head = tokens[j];
    if (!head || head.kind !== 'amount' || !/^(\d{3}|\d{5}|\d{7})$/.test(head.text)) continue;
    if (k - j > 3 || (head.text.length > 3 && k - j > 1)) continue;
    // The code opens its line (a cell of its own): a number ending the line before is that row's amount.
    const before = tokens[j - 1];
    if (before && before.line === head.line) continue;
    for (let c = j; c < k; c++) tokens[c]!.kind = 'code';
  }
}
