import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { nameUnderSlippedLabel } from './slipped-label.ts';

describe("a name's label with a stray character after it", () => {
  it('names the project with its value', () => {
    expect(nameUnderSlippedLabel({ 专项名称金: '林业草原生态保护恢复资金' })).toBe(
      '林业草原生态保护恢复资金',
    );
    expect(nameUnderSlippedLabel({ 区级财政部门: '某区财政局', 项目名称x: '某某项目' })).toBe('某某项目');
  });

  it("leaves other unknown labels, a known label's, and an empty value", () => {
    expect(nameUnderSlippedLabel({ 区级财政部门: '某区财政局' })).toBeNull();
    expect(nameUnderSlippedLabel({ 专项名称金: ' ' })).toBeNull();
    expect(nameUnderSlippedLabel(undefined)).toBeNull();
  });

  it('gives 陈仓 wide/384 its name', async () => {
    const file = '384-chencang-linye-quyu-project-2021.txt';
    const data = readFileSync(new URL(`../../test/corpus/wide/${file}`, import.meta.url));
    const out = await importBuffer(new Uint8Array(data), file);
    if (!out.ok) throw new Error(out.error.message);
    const form = out.forms[0];
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect(form.name).toBe('林业草原生态保护恢复资金');
  });
});
