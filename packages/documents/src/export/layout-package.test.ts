import { describe, expect, it } from 'vitest';
import { budgetSchema, generateDisclosure } from '@jixiao/core';
import { layoutDisclosurePackage, tocEntries } from './layout-package.ts';
import { startPages } from './write-package-pdf.ts';

const budget = budgetSchema.parse({
  year: 2025,
  department: '某局',
  income: {},
  functional: [],
  economic: [],
  projects: [],
  threePublic: { abroad: '0', vehiclePurchase: '0', vehicleOperation: '0', reception: '0' },
  operatingCosts: '0',
  procurement: { goods: '0', works: '0', services: '0' },
  vehicles: { general: 0, enforcement: 0, special: 0 },
  lastYear: {
    total: null,
    generalPublic: null,
    basic: null,
    project: null,
    publicFunds: null,
    threePublic: null,
  },
  texts: {},
});

describe('disclosure package layout', () => {
  const d = generateDisclosure(budget);
  it('starts with a table of contents, then the explanation and one section (sheet) per table', () => {
    const layout = layoutDisclosurePackage(d, []);
    expect(layout.sections[0]!.name).toBe('目录');
    expect(layout.sections.length).toBe(2 + d.tables.length);
  });
  it('writes page numbers into the table of contents when known', () => {
    const entries = tocEntries(d, []);
    const pages = entries.map((_, i) => i + 2);
    const toc = layoutDisclosurePackage(d, [], pages).sections[0]!.blocks.map((b) =>
      b.type === 'paragraph' ? b.text : '',
    );
    expect(toc[2]).toMatch(/一、部门基本情况 ·+ 3$/);
  });
  it('finds where each part starts, in order, skipping the contents page', () => {
    const pages = ['目录一、甲二、乙', '一、甲正文', '续', '二、乙正文', '表一'];
    expect(startPages(pages, ['一、甲', null, '二、乙', '表一', '缺失'])).toEqual([2, null, 4, 5, null]);
  });
});
