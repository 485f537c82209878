import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { nameBeforeEcho, yesNoRow } from './yes-no-row.ts';

describe("a yes/no indicator's row run together with its explanation", () => {
  it('parts the name where the explanation echoes its closing words, and takes the first answer as the value', () => {
    expect(yesNoRow('已建工程是否存在质量问题当年已完工项目是否在检查中发现质量问题是/否否否')).toEqual([
      '已建工程是否存在质量问题',
      '当年已完工项目是否在检查中发现质量问题',
      '否',
      '否',
    ]);
    expect(yesNoRow('是否发生安全事故项目实施中是否发生安全事故是或否否')).toEqual([
      '是否发生安全事故',
      '项目实施中是否发生安全事故',
      '否',
    ]);
  });

  it('leaves a row whose explanation does not echo its name, and any other text', () => {
    expect(nameBeforeEcho('档案资料完整当年项目资料归档')).toBeNull();
    expect(yesNoRow('档案资料完整当年项目资料归档是/否是')).toBeNull();
    expect(yesNoRow('成本控制率反映成本控制情况≤100%')).toBeNull();
    expect(yesNoRow('是/否')).toBeNull();
  });

  it('reads 秀屿 wide/414 质量 row as its name and 否', async () => {
    const file = '414-xiuyu-shuili-quyu-project-2025.txt';
    const data = readFileSync(new URL(`../../test/corpus/wide/${file}`, import.meta.url));
    const out = await importBuffer(new Uint8Array(data), file);
    if (!out.ok) throw new Error(out.error.message);
    const form = out.forms[0];
    if (form?.kind !== 'project') throw new Error('no project form read');
    const row = form.indicators.find((i) => i.name?.startsWith('已建工程'));
    expect([row?.name, row?.target.raw]).toEqual(['已建工程是否存在质量问题', '否']);
  });
});
