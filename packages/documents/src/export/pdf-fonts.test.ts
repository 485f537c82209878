// The fonts a PDF embeds: each face gets the text it prints (by the styles of the print CSS), and is cut
// to those characters. The subsetting part is skipped where the Noto CJK faces are not installed.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { DocumentLayout } from './layout.ts';
import { cell, paragraph } from './layout.ts';
import { allFaces, faceTexts, FOOTER_CHARACTERS, PrintFonts } from './pdf-fonts.ts';
import { loadSubsetFace } from './font-subset.ts';

const layout: DocumentLayout = {
  title: '批复表',
  sections: [
    {
      name: 'A',
      columns: [10, 10],
      orientation: 'portrait',
      blocks: [
        paragraph('绩效目标表', 'title', 'center'),
        paragraph('单位：万元', 'unit'),
        {
          type: 'table',
          headerRows: 0,
          rows: [[cell(0, '项目名称', { style: 'label' }), cell(1, '道路养护')]],
        },
      ],
    },
  ],
};

function notoSerif(): { file: string; index: number } | null {
  try {
    const [file, index, family] = execFileSync('fc-match', [
      '-f',
      '%{file}\t%{index}\t%{family}',
      'Noto Serif CJK SC',
    ])
      .toString()
      .split('\t');
    return file && family?.split(',').includes('Noto Serif CJK SC') ? { file, index: Number(index) } : null;
  } catch {
    return null;
  }
}
const serif = notoSerif();

describe('faceTexts', () => {
  it('gives titles to the sans bold, label cells to the serif bold and everything to the serif', () => {
    const t = faceTexts(layout);
    expect(t.sansBold).toBe('绩效目标表');
    expect(t.serifBold).toBe('项目名称');
    for (const s of ['批复表', '绩效目标表', '单位：万元', '项目名称', '道路养护', FOOTER_CHARACTERS])
      expect(t.serif).toContain(s);
    expect(t.serifBold).not.toContain('道路养护'); // a value cell is not bold
  });

  it('lets every face print every character of HTML that comes without its layout', () => {
    const t = allFaces('<p>公开</p>');
    expect(t.sansBold).toContain('公开');
    expect(t.serifBold).toContain('公开');
    expect(t.serif).toContain(FOOTER_CHARACTERS);
  });
});

describe.skipIf(!serif)('font subsets (skipped: Noto Serif CJK SC not installed)', () => {
  it('cuts a face to the characters asked: an OpenType font far smaller than the face, growing with the text', async () => {
    const face = await loadSubsetFace(serif!.file, serif!.index);
    const two = face.subset('项目')!;
    const many = face.subset('项目名称预算执行率满意度产出指标效益指标成本指标时效指标质量指标数量指标')!;
    expect(new TextDecoder('latin1').decode(two.subarray(0, 4))).toBe('OTTO'); // CFF-flavoured OpenType
    expect(two.length).toBeLessThan(20_000);
    expect(many.length).toBeGreaterThan(two.length);
  });

  it('writes one @font-face per face that prints something, under the family names the print CSS asks for', async () => {
    const css = await new PrintFonts().css({ serif: '项目名称', serifBold: '名称', sansBold: '' });
    const rules = css.split('\n');
    expect(rules).toHaveLength(2);
    expect(rules[0]).toContain('font-family: "Noto Serif CJK SC"; font-weight: 400');
    expect(rules[1]).toContain('font-family: "Noto Serif CJK SC"; font-weight: 700');
    expect(css).toContain('src: url(data:font/otf;base64,');
    expect(css).not.toContain('Noto Sans CJK SC'); // nothing printed in the sans: no rule, no subset
  });

  it('cuts each face once for documents asked for together, and again only for characters not cut yet', async () => {
    const fonts = new PrintFonts();
    const none = { serifBold: '', sansBold: '' };
    const serifRule = (css: string) => css.split('\n')[0]!;
    const [a, b] = await Promise.all([
      fonts.css({ serif: '预算执行率', ...none }),
      fonts.css({ serif: '满意度指标', ...none }),
    ]);
    expect(a).toBe(b); // one subset holds both documents' characters
    const covered = await fonts.css({ serif: '预算满意度', ...none });
    expect(serifRule(covered)).toBe(serifRule(a)); // printed again from the cut made before
    const added = await fonts.css({ serif: '预算绩效目标', ...none });
    expect(serifRule(added)).not.toBe(serifRule(a)); // 绩, 效, 目, 标 were not cut yet
  });

  it('keeps its cuts to itself: the fonts of another printer cut afresh', async () => {
    const none = { serifBold: '', sansBold: '' };
    const mine = new PrintFonts();
    const [both] = await Promise.all([
      mine.css({ serif: '预算执行率', ...none }),
      mine.css({ serif: '满意度指标', ...none }),
    ]);
    const own = await new PrintFonts().css({ serif: '预算执行率', ...none });
    expect(own).not.toBe(both); // cut to its own five characters, not served the shared ten
    expect(own.length).toBeLessThan(both.length);
    expect(await mine.css({ serif: '预算执行率', ...none })).toBe(both);
  });

  it('does not hand a document a cut far larger than its own characters', async () => {
    const fonts = new PrintFonts();
    const none = { serifBold: '', sansBold: '' };
    // 400 consecutive ideographs from 一: a cut this size is no place for a one-character page.
    const many = Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    const large = await fonts.css({ serif: many, ...none });
    const small = await fonts.css({ serif: many[0]!, ...none });
    expect(small).not.toBe(large);
    expect(small.length).toBeLessThan(large.length);
  });
});
