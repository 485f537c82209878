// `jixiao export FILE --format xlsx|docx|pdf --out PATH [--form N]`: any importable file or canonical JSON
// to the official layouts. One form goes to PATH; several go into the folder PATH, one file each.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formDisplayName, type Form } from '@jixiao/core';
import { closeBrowser, exportDocx, exportPdf, exportXlsx } from '@jixiao/documents';
import { importFile } from './read-input.ts';

const USAGE = '用法：jixiao export 文件 --format xlsx|docx|pdf --out 输出路径 [--form 序号]';
const writers = { xlsx: exportXlsx, docx: exportDocx, pdf: exportPdf } as const;

export async function runExport(args: string[]): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string' }, out: { type: 'string' }, form: { type: 'string' } },
      allowPositionals: true,
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const format = values.format as keyof typeof writers | undefined;
  if (positionals.length !== 1 || !values.out || !format || !(format in writers)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const input = await importFile(positionals[0]!);
  if (!input.ok) {
    process.stderr.write(`${input.file}: ${input.error.message}（${input.error.code}）\n`);
    return 2;
  }
  let forms: Form[] = input.forms;
  if (values.form !== undefined) {
    const n = Number(values.form);
    if (!Number.isInteger(n) || n < 1 || n > forms.length) {
      process.stderr.write(`--form 应为 1 到 ${forms.length} 之间的序号\n`);
      return 2;
    }
    forms = [forms[n - 1]!];
  }
  try {
    if (forms.length === 1) {
      await writeFile(values.out, await writers[format](forms[0]!));
      process.stdout.write(`已导出：${values.out}\n`);
    } else {
      await mkdir(values.out, { recursive: true });
      for (const [k, form] of forms.entries()) {
        const safe = formDisplayName(form)
          .replace(/[\\/:*?"<>|\s]+/g, '_')
          .slice(0, 60);
        const path = join(values.out, `${String(k + 1).padStart(2, '0')}-${safe}.${format}`);
        await writeFile(path, await writers[format](form));
        process.stdout.write(`已导出：${path}\n`);
      }
    }
    return 0;
  } finally {
    if (format === 'pdf') await closeBrowser();
  }
}
