import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { attachedFormName } from './attached-form.ts';
import type { Row } from '../rows/row.ts';

// Notices copied from a site without their attachments (wide/526, a 公示 of funds and their 绩效目标表; wide/531, a
// 下达 notice listing 附件 1 and 2). Made for these tests in those shapes; names and figures invented.
const PUBLICATION = [
  '关于公示《关于下达2026年某某补助资金文件及绩效目标表》的通知',
  '现将2026年某某补助资金文件及绩效目标表进行公示。公示时间为2025年12月1日至12月10日。',
  '序号 | 文件号 | 文件标题 |',
  '1 | 某财农发[2025]1号 | 关于提前下达2026年某某补助资金预算的通知 |',
].join('\n');

const ATTACHMENTS = [
  '某某镇人民政府:',
  '现下达2025年某某项目补助资金30万元,同步下达任务清单和绩效目标(详见附件1、2)。',
  '附件1.2025年某某项目分配表和任务清单',
  '',
  '2.2025年某某项目绩效目标表',
  '',
  '某某县农业农村局',
].join('\n');

const row = (cells: string[]): Row => ({ cells }) as Row;

describe('a form a notice names as its attachment or publication', () => {
  it('is found in a quoted title, beside 公示, or in a list under 附件', () => {
    expect(attachedFormName([row(['关于公示《某某资金文件及绩效目标表》的通知'])])).toBe('绩效目标表');
    expect(attachedFormName([row(['附件1.某某分配表']), row(['2.某某项目绩效目标表'])])).toBe('绩效目标表');
    expect(attachedFormName([row(['附件:某某项目绩效自评表'])])).toBe('绩效自评表');
  });

  it('is not a form’s own title, nor a mention with no attachment or publication near it', () => {
    expect(attachedFormName([row(['附件']), row(['项目支出绩效目标表'])])).toBeNull();
    expect(attachedFormName([row(['本单位按要求填写了项目绩效自评表,自评得分95分。'])])).toBeNull();
  });

  // The list's item 2.2025年…绩效目标表 opened a disclosure (department "2.") before the item was told from a title.
  it('says so in the reason when nothing is read', async () => {
    for (const text of [PUBLICATION, ATTACHMENTS]) {
      const out = await importBuffer(new TextEncoder().encode(text), 'notice.txt');
      if (out.ok) throw new Error('a form was read');
      expect(out.error.code).toBe('no-form-found');
      expect(out.error.message).toContain('“绩效目标表”');
      expect(out.error.message).toContain('附件');
    }
  });
});
