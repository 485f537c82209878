// The `jixiao` command line: import, check and (with the other features) export and administration.
import { parseArgs } from 'node:util';
import {
  checkEvaluationDocument,
  checkForm,
  type EvaluationDocument,
  type Finding,
  type Form,
} from '@jixiao/core';
import { importFile, type FileOutcome } from './read-input.ts';
import { describeEvaluation, describeForm, formatCounts, formatFindings } from './report.ts';
import { extraCommands } from './extra-commands.ts';
import { isBatchInput, reportKind } from './batch-args.ts';

const USAGE = `用法：
  jixiao import 文件… [--json]   读取文件，输出识别出的表单
  jixiao check 文件… [--json]    读取并审核文件，输出审核发现
  jixiao check 文件|文件夹|压缩包… --report 报告.xlsx|报告.html   批量审核，写出审核报告
${extraCommands.map((c) => `  jixiao ${c.usage}`).join('\n')}
退出码：0 无错误；1 有错误级审核发现；2 输入有误`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'import' || command === 'check') return await importOrCheck(command, rest);
    const extra = extraCommands.find((c) => c.matches(argv));
    if (extra) return await extra.run(argv.slice(extra.words));
    process.stdout.write(USAGE + '\n');
    return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
  } catch (e) {
    process.stderr.write(`jixiao: ${(e as Error).message}\n`);
    return 2;
  }
}

async function importOrCheck(command: 'import' | 'check', args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, report: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    process.stderr.write(`jixiao ${command}: 请指定至少一个文件\n`);
    return 2;
  }
  if (values.report !== undefined && (command !== 'check' || reportKind(values.report) === null)) {
    process.stderr.write(`jixiao ${command}: --report 只用于 check，文件名须以 .xlsx 或 .html 结尾\n`);
    return 2;
  }
  // Folders, archives and reports: every document read and checked in the worker pool (batch-check.ts).
  if (command === 'check' && (values.report !== undefined || (await someAsync(positionals, isBatchInput))))
    return (await import('./batch-check.ts')).batchCheck(positionals, {
      json: values.json,
      report: values.report,
    });
  const outcomes: FileOutcome[] = [];
  for (const file of positionals) outcomes.push(await importFile(file));
  let badInput = false;
  for (const o of outcomes) {
    if (!o.ok) {
      badInput = true;
      process.stderr.write(`${o.file}: ${o.error.message}（${o.error.code}）\n`);
    }
  }
  const good = outcomes.filter((o): o is FileOutcome & { ok: true } => o.ok);
  if (command === 'import') {
    // One array for every kind (the JSON contract): target forms, disclosures, 自评表 and 监控表.
    const forms = good.flatMap((o) => [...o.forms, ...o.evaluations]);
    if (values.json) process.stdout.write(JSON.stringify({ forms }, null, 2) + '\n');
    else
      for (const o of good) {
        const titles = [...o.forms.map(describeForm), ...o.evaluations.map(describeEvaluation)];
        process.stdout.write(`■ ${o.file}\n${titles.map((t) => `  ▶ ${t}`).join('\n')}\n`);
      }
    return badInput ? 2 : 0;
  }
  // Each form is checked with the other forms of its file as siblings (cross-form rules).
  const perFile: Array<{
    file: string;
    forms: Form[];
    byForm: Finding[][];
    evaluations: EvaluationDocument[];
    byEvaluation: Finding[][];
  }> = good.map((o) => ({
    file: o.file,
    forms: o.forms,
    byForm: o.forms.map((f) => checkForm(f, o.forms)),
    evaluations: o.evaluations,
    byEvaluation: o.evaluations.map((e) => checkEvaluationDocument(e)),
  }));
  const all = perFile.flatMap((p) =>
    [...p.byForm.flat(), ...p.byEvaluation.flat()].map((f) => ({ ...f, file: p.file })),
  );
  if (values.json) process.stdout.write(JSON.stringify({ findings: all }, null, 2) + '\n');
  else {
    for (const p of perFile)
      process.stdout.write(formatFindings(p.file, p.forms, p.byForm, p.evaluations, p.byEvaluation) + '\n\n');
    process.stdout.write(`合计：${formatCounts(all)}\n`);
  }
  if (badInput) return 2;
  return all.some((f) => f.severity === 'error') ? 1 : 0;
}

async function someAsync<T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<boolean> {
  for (const item of items) if (await test(item)) return true;
  return false;
}
