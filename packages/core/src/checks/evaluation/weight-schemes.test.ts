import { describe, expect, it } from 'vitest';
import { PUBLISHED_WEIGHT_SCHEMES, schemeFor, type PublishedWeightScheme } from './weight-schemes.ts';

const local: PublishedWeightScheme = {
  id: 'local-60-30',
  title: '某省2023年起：预算执行率10分，指标合计90分',
  regions: ['某省'],
  years: { from: 2023 },
  default: true,
  execution: '10',
  groups: null,
  indicators: '90',
};
const schemes = [...PUBLISHED_WEIGHT_SCHEMES, local];

describe('schemeFor', () => {
  it('gives the nationwide default without a region', () => {
    expect(schemeFor(null, 2023, schemes)?.id).toBe('mof-10-50-30-10');
  });
  it("prefers a region's own scheme in its years", () => {
    expect(schemeFor('某省', 2024, schemes)?.id).toBe('local-60-30');
  });
  it('falls back to the default outside those years or elsewhere', () => {
    expect(schemeFor('某省', 2022, schemes)?.id).toBe('mof-10-50-30-10');
    expect(schemeFor('四川', 2024, schemes)?.id).toBe('mof-10-50-30-10');
  });
});
