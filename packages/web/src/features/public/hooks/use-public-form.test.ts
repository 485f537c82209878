import { describe, expect, it } from 'vitest';
import { publicFormIdOf } from './use-public-form.ts';

describe('publicFormIdOf', () => {
  it('reads the id of a public form page only', () => {
    const id = '0b7e2a52-1c1f-4f53-9a57-2f2d3c4b5a69';
    expect(publicFormIdOf(`/public/forms/${id}`)).toBe(id);
    expect(publicFormIdOf(`/forms/${id}`)).toBeNull();
    expect(publicFormIdOf('/public/forms/not-an-id')).toBeNull();
  });
});
