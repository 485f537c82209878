// The finding list as rendered (server-side markup of the component, no browser needed): the message is
// what a user reads; the rule id sits behind a hover; many hints of one kind are one line with a count.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Finding } from '@jixiao/core';
import { FindingList } from './FindingList.tsx';

const hint = (i: number): Finding => ({
  rule: 'R-IND-08',
  severity: 'info',
  messageId: 'impliedOperator',
  message: `「指标${i}」的指标值「95%」没有写比较符号`,
  path: `/indicators/${i}/target`,
  form: 'x',
});
const visibleText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('FindingList', () => {
  it('shows the message first and the rule id only on hover (reproduces “R-IND-08” in the text)', () => {
    const html = renderToStaticMarkup(createElement(FindingList, { findings: [hint(1)] }));
    const text = visibleText(html);
    expect(text).toContain('没有写比较符号');
    expect(text).not.toContain('R-IND-08');
    expect(html).toContain('title="规则编号：R-IND-08"');
  });
  it('gathers 23 hints of one kind into one expandable line', () => {
    const html = renderToStaticMarkup(
      createElement(FindingList, { findings: Array.from({ length: 23 }, (_, i) => hint(i)) }),
    );
    expect(html).toContain('<details');
    expect(html).toMatch(/<summary>.*23 个指标值没有写比较符号.*<\/summary>/);
  });
});
