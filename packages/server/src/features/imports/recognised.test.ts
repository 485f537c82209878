// The kept reading of an import is taken only under the picks and taught labels it was made with.
import { describe, expect, it } from 'vitest';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { keptForms, readingKey } from './recognised.ts';

const forms = [sampleProject()];
const pick = { field: 'name' as const, row: 2, column: 1 };
const label = { label: '承担项目', field: 'name' as const };

describe('the reading kept with an upload', () => {
  it('is taken when the picks and taught labels are the same', () => {
    const key = readingKey([pick], [label]);
    expect(keptForms({ key, forms }, readingKey([pick], [label]))).toBe(forms);
  });

  it('is not taken after a change of picks or labels, nor when none was kept', () => {
    const key = readingKey([pick], []);
    expect(keptForms({ key, forms }, readingKey([], []))).toBeNull();
    expect(keptForms({ key, forms }, readingKey([pick], [label]))).toBeNull();
    expect(keptForms(null, key)).toBeNull();
    expect(keptForms({ key }, key)).toBeNull();
  });
});
