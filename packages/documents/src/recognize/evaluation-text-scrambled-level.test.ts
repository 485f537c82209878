import { describe, expect, it } from 'vitest';
import { keyed, levelAt } from './evaluation-text.ts';

// Invented run-together rows in the shape of a preview whose rotated band labels came out scrambled.
describe('a 一级 name an OCR scrambled', () => {
  const at = (text: string, piece: string) => {
    const seg = keyed(text);
    return levelAt(seg, seg.key.indexOf(piece));
  };

  it('is the 一级 right before its 二级 where the form prints no points, as before its points', () => {
    expect(at('得分出标产指数量指标培训人数5050', '出标产指')).toMatchObject({
      name: '产出指标',
      level: 'level1',
    });
    expect(at('得分出标产指40数量指标培训人数5050', '出标产指')).toMatchObject({
      name: '产出指标',
      level: 'level1',
    });
  });

  it('is nothing where no 二级 follows it', () => {
    expect(at('得分出标产指培训人数5050', '出标产指')).toBeNull();
  });
});
