import { describe, expect, it } from 'vitest';
import { pointer } from './pointer.ts';

describe('pointer', () => {
  it('joins segments', () => expect(pointer('indicators', 7, 'target')).toBe('/indicators/7/target'));
  it('escapes ~ and /', () => expect(pointer('history', 'a/b~c')).toBe('/history/a~1b~0c'));
  it('gives the root for no segments', () => expect(pointer()).toBe(''));
});
