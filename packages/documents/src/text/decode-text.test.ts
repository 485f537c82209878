// UTF-16 without a byte order mark is told by where its zero bytes fall, and reads exactly as UTF-8 does;
// binary files with zeros on both sides stay binary.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { haveSeeds, seedText } from '../../test/seeds.ts';
import { detectTextEncoding, utf16WithoutBom } from './decode-text.ts';

const le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  return new Uint8Array(b.swap16());
};
const SAMPLE = '项目支出绩效目标申报表\n项目名称\t政务服务能力提升项目\n项目当年预算\t200万元\n';

describe('UTF-16 without BOM', () => {
  it('is detected little- and big-endian', () => {
    expect(detectTextEncoding(le(SAMPLE))).toBe('utf-16le');
    expect(detectTextEncoding(be(SAMPLE))).toBe('utf-16be');
    expect(detectTextEncoding(new TextEncoder().encode(SAMPLE))).toBe('utf-8');
  });
  it('is not claimed for binary data or text with control characters', () => {
    expect(utf16WithoutBom(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 0, 0x10, 0, 0]))).toBeNull();
    expect(utf16WithoutBom(le('项目\u0001名称\t1'))).toBeNull();
    expect(utf16WithoutBom(le('项目名称'))).toBeNull(); // no zero byte to tell by
  });
  it('keeps a sample cut inside a surrogate pair readable', () => {
    const text = 'a\t'.repeat(100) + '𠮷';
    const bytes = le(text);
    expect(utf16WithoutBom(bytes.subarray(0, bytes.length - 2))).toBe('utf-16le');
  });
  it.skipIf(!haveSeeds)('imports a seed saved as UTF-16 without BOM exactly as in UTF-8', async () => {
    const text = seedText('004');
    const utf8 = await importBuffer(new TextEncoder().encode(text), 'seed.txt');
    expect(utf8.ok).toBe(true);
    for (const bytes of [le(text), be(text)]) {
      const out = await importBuffer(bytes, 'seed.txt');
      expect(out).toEqual(utf8);
    }
  });
});

describe('GB18030 / GBK detection', () => {
  it('is not thrown off by the sample ending inside a two-byte character (a GBK page longer than the sample)', () => {
    // one ASCII byte, then 项目 (CF EE C4 BF) again and again: the 16384th byte is the first half of a character
    const han = Array.from({ length: 12_000 }, (_, i) => (i % 2 === 0 ? [0xcf, 0xee] : [0xc4, 0xbf])).flat();
    const data = new Uint8Array([0x3c, ...han]);
    expect(data[16_383]).toBeGreaterThan(0x80);
    expect(detectTextEncoding(data)).toBe('gb18030');
    expect(detectTextEncoding(data.subarray(0, 16_385))).toBe('gb18030');
  });
});
