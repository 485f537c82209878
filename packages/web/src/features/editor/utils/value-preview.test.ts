import { describe, expect, it } from 'vitest';
import { previewRaw } from './value-preview.ts';

const texts = (raw: string) => previewRaw(raw).parts.map((p) => p.text);

describe('previewRaw', () => {
  it('shows comparator, number and unit of the seeds’ values', () => {
    expect(texts('≥95%')).toEqual(['≥', '95', '%']);
    expect(texts('≤571万元')).toEqual(['≤', '571', '万元']);
    expect(texts('=33人')).toEqual(['=', '33', '人']);
    expect(texts('95%以上')).toEqual(['≥', '95', '%']);
    expect(texts('满意率≥95%')).toEqual(['满意率', '≥', '95', '%']);
    expect(previewRaw('≥95%').tone).toBe('quantitative');
  });
  it('says when = was assumed or the unit is missing', () => {
    expect(previewRaw('100%').notes).toContain('未写比较符，按“=”理解');
    expect(previewRaw('≥95').notes).toContain('没有计量单位');
  });
  it('reads qualitative phrases and deadlines', () => {
    const p = previewRaw('确保完成');
    expect(p.tone).toBe('qualitative');
    expect(texts('确保完成')).toEqual(['定性', '确保完成']);
    expect(texts('12月31日前')).toEqual(['定性', '12月31日前', '12-31']);
  });
  it('flags what is only partly understood, in Chinese', () => {
    expect(previewRaw('90%-95%').tone).toBe('problem');
    expect(previewRaw('90%-95%').notes[0]).toMatch(/区间/);
    expect(previewRaw('≥').notes[0]).toMatch(/没有数值/);
    expect(previewRaw('').tone).toBe('empty');
    expect(previewRaw('……').notes).toEqual(['占位符，视为未填写']);
  });
});
