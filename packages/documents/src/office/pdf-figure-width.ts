// How wide a text is printed, in ems, estimated from its characters alone: a PDF's text pieces give where a
// run starts and ends, not where each word of it does, so the reader that cuts a run pdf.js joined across a
// column border (pdf-tables.ts splitAtBorders) measures each part back from the run's exact right end.
//
// Figures are the case that matters most: a column of amounts is set as narrow as its longest figure, so
// the gap between two neighbouring amounts is small and pdf.js joins a whole row of them (33,775,592
// 22,783,399 10,992,193) into one run. The fonts forms are printed in set a digit half an em wide (Times /
// Liberation Serif, SimSun's half-width forms; sans faces a little wider) and a thousands comma or decimal
// point a quarter of an em: measured as other Latin letters (0.55 em each) a figure of ten characters seems
// a whole em wider than it is, its start left of the border it really stands right of, and the run is not
// cut. So digits are counted at their narrowest common width and the separators at theirs — a part then
// seems at most a little narrower than it is, and it is cut only at a border it is drawn across.

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]/u;
const DIGIT = /[0-9]/;
/** A figure's separators: thousands commas and the decimal point. */
const FIGURE_MARK = /[,.]/;

/** Width of text in ems: Han and full-width forms 1, a space 0.25, a digit 0.5, a comma or point 0.25, other characters 0.55. */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (CJK.test(ch)) w += 1;
    else if (ch === ' ' || FIGURE_MARK.test(ch)) w += 0.25;
    else if (DIGIT.test(ch)) w += 0.5;
    else w += 0.55;
  }
  return w;
}
