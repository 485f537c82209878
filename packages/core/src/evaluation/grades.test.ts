// Grades (R-EVAL-05): official bands with ≥ lower bounds at the edges, other band sets, the band set recorded.
import { describe, expect, it } from 'vitest';
import { FASP2_80_70_60_GRADE_BANDS, gradeOf, OFFICIAL_GRADE_BANDS, type GradeBandSet } from './grades.ts';
import { errorCodes, value } from './test-helpers.ts';

describe('official bands 90 / 80 / 60', () => {
  it.each([
    ['100', '优'],
    ['90', '优'],
    ['90.00', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('%s → %s', (total, grade) => {
    const g = value(gradeOf(total));
    expect(g.grade).toBe(grade);
    expect(g.bandSetId).toBe('mof-90-80-60');
  });
  it('says how the grade was reached', () => {
    expect(value(gradeOf('89.99')).working).toBe(
      `总分 89.99 ≥ 80，等级为良（${OFFICIAL_GRADE_BANDS.title}）`,
    );
    expect(value(gradeOf('59.99')).working).toBe(
      `总分 59.99 低于各档下限，等级为差（${OFFICIAL_GRADE_BANDS.title}）`,
    );
  });
});

describe('other band sets', () => {
  it('FASP2 80/70/60: 80 → 优, recorded as that band set', () => {
    expect(value(gradeOf('80', FASP2_80_70_60_GRADE_BANDS))).toMatchObject({
      grade: '优',
      bandSetId: 'fasp2-80-70-60',
    });
  });
  it('a strict 优 (> 90, the department variant): 90 → 良, 90.01 → 优', () => {
    const strict: GradeBandSet = {
      ...OFFICIAL_GRADE_BANDS,
      id: 'dept-strict-90',
      bands: [{ grade: '优', min: '90', strict: true }, ...OFFICIAL_GRADE_BANDS.bands.slice(1)],
    };
    expect(value(gradeOf('90', strict)).grade).toBe('良');
    expect(value(gradeOf('90.01', strict)).grade).toBe('优');
  });
  it('a band set without a catch-all last band is refused', () => {
    const bad: GradeBandSet = { id: 'bad', title: '残缺', bands: [{ grade: '优', min: '90' }] };
    expect(errorCodes(gradeOf('50', bad))).toEqual(['invalid-band-set']);
  });
});
