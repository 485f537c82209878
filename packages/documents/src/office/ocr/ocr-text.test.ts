import { describe, expect, it } from 'vitest';
import { barredComparators, repairOcrPiece, repairOcrText } from './ocr-text.ts';
import { parseBoxes, type OcrWord } from './tesseract.ts';

describe('OCR confusions put right', () => {
  it('≥ read as 三 or 兰 before a figure', () => {
    expect(repairOcrText('三95%')).toBe('≥95%');
    expect(repairOcrText('兰11.376万元')).toBe('≥11.376万元');
  });
  it('% read as 9%6, 9%p or %%', () => {
    expect(repairOcrText('1009%p')).toBe('100%');
    expect(repairOcrText('9%6')).toBe('%');
    expect(repairOcrText('100%%')).toBe('100%');
  });
  it('% read as 9% after a rate', () => {
    expect(repairOcrText('959%')).toBe('95%');
    expect(repairOcrText('=1009%')).toBe('=100%');
    expect(repairOcrText('≥909%')).toBe('≥90%');
    // A rate that may be typed: under 200%, or one that stays above 100% without its 9.
    for (const typed of ['109%', '199%', '1209%', '99.9%', '0.59%']) expect(repairOcrText(typed)).toBe(typed);
  });
  it('= read as 一 or - after a comparator or alone', () => {
    expect(repairOcrText('>一90%')).toBe('>=90%');
    expect(repairOcrText('=-')).toBe('=');
    expect(repairOcrText('2024-5')).toBe('2024-5');
    expect(repairOcrText('>-5%')).toBe('>-5%'); // a typed negative bound
  });
  it('a lone 三 or 兰 the engine was unsure of is ≥', () => {
    expect(repairOcrPiece('三', 0.42)).toBe('≥');
    expect(repairOcrPiece('兰', 0.02)).toBe('≥');
    expect(repairOcrPiece('三', 0.75)).toBe('三');
    expect(repairOcrPiece('三级', 0.2)).toBe('三级');
  });
  it('O between figures', () => {
    expect(repairOcrText('1O0人次')).toBe('100人次');
  });
  it('leaves typed text as it is', () => {
    for (const typed of [
      '三级指标',
      '三十人',
      '三年行动',
      '≥95%',
      '99%',
      '9%',
      '100%以上',
      'CO2排放',
      '第三方评价满意度≥90%',
      '兰州市',
      'Office 2019',
      '5%及以下',
    ])
      expect(repairOcrText(typed)).toBe(typed);
  });
});

describe('a comparator read without its bar', () => {
  const word = (text: string, box: string): OcrWord => ({
    text,
    left: 0,
    width: 100,
    lineTop: 0,
    lineHeight: 30,
    confidence: 90,
    line: '1/1/1/1',
    chars: parseBoxes(box),
  });
  it('a > reaching down to the foot of the figure after it is ≥ (boxes of a scan: ≥1500 read as >1500)', () => {
    const read = barredComparators(
      word(
        '>1500',
        '> 1206 854 1225 875 0\n1 1229 854 1242 879 0\n5 1246 853 1262 879 0\n0 1264 853 1281 879 0\n0 1283 853 1300 879 0',
      ),
    );
    expect(read.text).toBe('≥1500');
    expect(read.chars!.map((c) => c.text).join('')).toBe('≥1500');
    expect(barredComparators(word('<5', '< 100 30 115 50 0\n5 120 30 135 54 0')).text).toBe('≤5');
  });
  it('a > ending above the foot of the figure (typed, Noto Serif CJK) stays', () => {
    const typed = word('>95%', '> 148 37 163 54 0\n9 167 34 182 58 0\n5 186 34 201 59 0\n% 204 34 232 58 0');
    expect(barredComparators(typed)).toBe(typed);
    // Without the characters' boxes nothing is known: left as it is.
    const bare = { ...typed, chars: undefined };
    expect(barredComparators(bare)).toBe(bare);
  });
});
