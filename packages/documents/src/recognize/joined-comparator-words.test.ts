import { describe, expect, it } from 'vitest';
import { gluedValue } from './glued-values.ts';

describe('a comparison in words before a glued figure', () => {
  it('is the value’s (大于92%, 低于5%), not the end of the name', () => {
    expect(gluedValue('办公大楼日常维修维护验收合格率大于92％')).toEqual({
      name: '办公大楼日常维修维护验收合格率',
      value: '大于92％',
    });
    expect(gluedValue('投诉率低于5%')).toEqual({ name: '投诉率', value: '低于5%' });
  });
});
