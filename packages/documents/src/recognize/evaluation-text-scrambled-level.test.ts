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

  it('takes in a scrambled 二级 band label with OCR specks right before the 二级 printed in words', () => {
    // 意指斥满度打: 满意度指标's characters but 标, and two strays; 服务对象满意度 is the row's 二级.
    expect(at('10益标效指意指斥满度打服务对象满意度群众满意率90%', '益标效指')).toMatchObject({
      name: '效益指标',
      level: 'level1',
      end: '10益标效指意指斥满度打'.length,
    });
    // Words that are no 二级's characters stay the row's: here no level is read at all.
    expect(at('10益标效指培训人员台账服务对象满意度群众满意率90%', '益标效指')).toBeNull();
  });
});
