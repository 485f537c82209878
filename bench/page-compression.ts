// What each compression of a public disclosure page costs and saves: the server bench's page (a department's
// publication of ten generated forms) rendered as the route sends it, then gzip at levels 6 and 9 and brotli
// at qualities 4–11, each timed by CPU (process.cpuUsage, the codings in turn, ROUNDS rounds, the order turned
// every round: the machine is loaded, so a median of CPU time, not wall time). The copies are made once, when
// a disclosure is published (features/disclosures/page-copies.ts): this says which quality that can afford.
//   [ROUNDS=9] node --import tsx bench/page-compression.ts
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { budgetFromDisclosure, type Disclosure } from '@jixiao/core';
import { importBuffer } from '@jixiao/documents';
import { buildDisclosure } from '../packages/server/src/features/disclosures/disclosures.service.ts';
import {
  publicPageBytes,
  renderPublicationPage,
} from '../packages/server/src/features/disclosures/public-page.ts';
import type { PublicationRow } from '../packages/server/src/features/disclosures/disclosures.repo.ts';
import { project, REGION } from './province-data.ts';

const rounds = Number(process.env.ROUNDS ?? 9);
/** A publication's page as the route sends it. */
const pageOf = (content: unknown, department: string): Buffer => {
  const row = {
    regionCode: REGION,
    id: '00000000-0000-4000-8000-000000000001',
    orgId: '00000000-0000-4000-8000-000000000002',
    year: 2025,
    version: 1,
    generation: 1,
    content,
    findings: [],
    budgetVersion: 1,
    publishedBy: null,
    publishedAt: new Date('2025-03-01T00:00:00Z'),
  } as unknown as PublicationRow;
  return publicPageBytes(department, renderPublicationPage(row));
};
/** The server bench's page: ten generated forms (repetitive: compresses far better than a real one). */
const benchPage = pageOf(
  {
    disclosure: { title: '部门7 2025年部门预算公开', year: 2025, department: '部门7' },
    forms: Array.from({ length: 10 }, (_, k) => project(70 + k, '部门7', 15)),
    budget: { department: '部门7' },
  },
  '部门7',
);
/** A real page: the demo's published seed (a 部门预算公开 and its forms), as the demo city publishes it. */
const seedFile = new URL('../packages/server/demo/003_5e2bb870419bde72.txt', import.meta.url);
const outcome = await importBuffer(readFileSync(seedFile), 'seed.txt');
if (!outcome.ok) throw new Error('the demo seed does not import');
const source = outcome.forms.find((f): f is Disclosure => f.kind === 'disclosure')!;
const budget = budgetFromDisclosure(source, outcome.forms);
const published = outcome.forms.filter((f) => f.kind !== 'disclosure');
const realPage = pageOf(
  { disclosure: buildDisclosure(budget, published).disclosure, forms: published, budget },
  budget.department,
);
const codings: [string, (b: Buffer) => Buffer][] = [
  ['gzip 6', (b) => gzipSync(b, { level: 6 })],
  ['gzip 9', (b) => gzipSync(b, { level: 9 })],
  ...[4, 5, 6, 7, 8, 9, 10, 11].map((q): [string, (b: Buffer) => Buffer] => [
    `br ${q}`,
    (b) =>
      brotliCompressSync(b, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: q,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
        },
      }),
  ]),
];
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [label, bytes] of [
  ['bench page', benchPage],
  ['real page (demo seed 003)', realPage],
] as const) {
  const cpu: Record<string, number[]> = {};
  const size: Record<string, number> = {};
  for (const [name, f] of codings) size[name] = f(bytes).length; // warm-up
  for (let r = 0; r < rounds; r++)
    for (const [name, f] of r % 2 === 0 ? codings : [...codings].reverse()) {
      const t0 = process.cpuUsage();
      f(bytes);
      const t = process.cpuUsage(t0);
      (cpu[name] ??= []).push((t.user + t.system) / 1000);
    }
  process.stdout.write(`${label}: ${bytes.length} bytes; CPU ms a compression, median of ${rounds}\n`);
  for (const [name] of codings)
    process.stdout.write(
      `  ${name.padEnd(7)} ${String(size[name]).padStart(6)} bytes (${((100 * size[name]!) / bytes.length).toFixed(1)} %)  ${med(cpu[name]!).toFixed(1)} ms\n`,
    );
}
