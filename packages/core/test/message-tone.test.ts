// The checks speak for the app: no message doubts the app's own framework or rules ("可能不全" was one).
// A user reads a finding as what to change; hedging about the system itself belongs in the docs.
import { describe, expect, it } from 'vitest';
import { rules } from '../src/checks/rules/index.ts';

const SELF_DOUBT = /可能不全|可能有误|不一定准确|仅供参考|未必准确|或许不对/;

describe('finding messages', () => {
  it('never doubt the app itself', () => {
    const doubting = rules.flatMap((r) =>
      Object.entries(r.meta.messages ?? {})
        .filter(([, text]) => SELF_DOUBT.test(text))
        .map(([id]) => `${r.meta.id}.${id}`),
    );
    expect(doubting).toEqual([]);
  });
  it('the pattern catches the wording that was there', () => {
    expect(SELF_DOUBT.test('不在体系中（该体系据现有表样整理，可能不全）')).toBe(true);
  });
});
