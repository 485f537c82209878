import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDisclosure } from '../helpers/test-disclosure.ts';
import { describe, expect, it } from 'vitest';
import { dayNumber, rule } from './r-pub-06.ts';

describe('dayNumber', () => {
  it('counts days of the civil calendar (leap years included)', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')! - dayNumber('2000-02-28')!).toBe(2);
    expect(dayNumber('2100-03-01')! - dayNumber('2100-02-28')!).toBe(1);
    expect(dayNumber('2025-13-01')).toBeNull();
    expect(dayNumber('2025/01/01')).toBeNull();
  });
});

const dated = (approvedOn: string | null, publishedOn: string | null) => ({
  ...makeDisclosure(),
  approvedOn,
  publishedOn,
});

ruleTester(rule, {
  valid: [
    { name: 'published on the 20th day after approval', form: dated('2025-01-10', '2025-01-30') },
    { name: 'dates unknown', form: dated(null, '2025-06-30') },
    { name: 'across a month end (31 Jan → 20 Feb is 20 days)', form: dated('2025-01-31', '2025-02-20') },
  ],
  invalid: [
    {
      name: 'published on the 21st day',
      form: dated('2025-01-10', '2025-01-31'),
      errors: [{ messageId: 'late', path: '/publishedOn' }],
    },
    {
      name: 'published before approval',
      form: dated('2025-02-10', '2025-02-01'),
      errors: [{ messageId: 'beforeApproval', path: '/publishedOn' }],
    },
  ],
});
