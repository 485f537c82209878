import { describe, expect, it } from 'vitest';
import { charsetLabel } from './decode-html.ts';

describe('charsetLabel', () => {
  it('reads GB2312 and GBK as gb18030, and a label TextDecoder knows as itself', () => {
    expect(charsetLabel('GB2312')).toBe('gb18030');
    expect(charsetLabel('gbk')).toBe('gb18030');
    expect(charsetLabel('utf-8')).toBe('utf-8');
  });

  // The name comes from the page's own <meta charset>: a name of Object's own properties is no charset.
  it.each(['constructor', 'toString', 'hasOwnProperty'])('takes %s for no charset', (name) => {
    expect(charsetLabel(name)).toBeNull();
  });
});
