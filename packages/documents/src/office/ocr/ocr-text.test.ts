import { describe, expect, it } from 'vitest';
import { repairOcrText } from './ocr-text.ts';

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
