// How well scanned forms read: documents whose truth is known are printed to PDF (the corpus's own PDFs,
// its .docx formats through LibreOffice, the seeds' target forms through the PDF exporter), rasterized
// with pdftoppm to gray pages at a scanner's resolution and wrapped as image-only PDFs (no text layer),
// then imported through importBuffer — the path users take, OCR included — and scored against the truth.
// Everything it writes goes OUTSIDE the repository (--out, default a temp folder), with a truth.json, so
// `node --import tsx scripts/corpus-score.ts --all-fields OUT` re-scores the same scans.
// --skew=DEG turns every scanned page by DEG degrees (clockwise, the next document's the other way) before it
// is wrapped, as a page fed askew comes off a scanner; --reuse keeps scans already in --out (the same scans
// then read by another build, for an A/B of accuracy and time).
// Usage: node --import tsx scripts/ocr-accuracy.ts [--out=DIR] [--scan-dpi=200] [--skew=DEG] [--reuse] [--only=SUBSTRING] [--no-seeds] [--no-formats] [--all-fields]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeBrowser, exportPdf, importText } from '../packages/documents/src/index.ts';
import { grayPagesPdf } from '../packages/documents/test/scan-pdf.ts';
import { readPgm } from '../packages/documents/src/office/ocr/raster.ts';
import { rotatePage } from '../packages/documents/src/office/ocr/deskew.ts';
import { scoreSet } from '../packages/documents/test/corpus/score.ts';
import { loadTruth, type DocTruth } from '../packages/documents/test/corpus/truth.ts';

// A scan of many pages takes longer than a server's file budget; measured here, it is not refused.
process.env.OCR_TIMEOUT_SECONDS ??= '900';
const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../packages/documents/test/corpus');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const out = resolve(arg('out') ?? join(tmpdir(), 'jixiao-ocr-accuracy'));
const scanDpi = Number(arg('scan-dpi') ?? 200);
const only = arg('only');
const skew = Number(arg('skew') ?? 0);
const reuse = process.argv.includes('--reuse');
const scanName = (stem: string) => `${stem}${skew ? `.skew${skew}` : ''}.scan.pdf`;
if (out.startsWith(resolve(here, '..'))) throw new Error('write the scans outside the repository');
mkdirSync(out, { recursive: true });
const work = join(out, 'work');
mkdirSync(work, { recursive: true });

let scans = 0;
/** A text-layer PDF → an image-only PDF of its non-blank pages at the scan resolution (turned by --skew). */
async function scan(pdf: string, target: string): Promise<number> {
  const turn = scans++ % 2 === 0 ? skew : -skew;
  if (reuse && existsSync(target))
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [target], { encoding: 'utf8' }))?.[1] ?? 1);
  rmSync(join(work, 'pages'), { recursive: true, force: true });
  mkdirSync(join(work, 'pages'));
  execFileSync('pdftoppm', ['-gray', '-r', String(scanDpi), pdf, join(work, 'pages', 'p')]);
  const pages = readdirSync(join(work, 'pages'))
    .sort()
    .map((f) => readPgm(new Uint8Array(readFileSync(join(work, 'pages', f))))!)
    // LibreOffice starts some documents with an empty page: a scanner's operator would not scan it.
    .filter((img) => img.pixels.some((v) => v < 128));
  const turned = turn ? await Promise.all(pages.map((img) => rotatePage(img, turn))) : pages;
  writeFileSync(target, await grayPagesPdf(turned, scanDpi));
  return pages.length;
}

const docs: Array<DocTruth & { pages: number }> = [];

// 1. The corpus's formats: its PDFs as they are, its .docx through LibreOffice.
const formats = loadTruth(join(corpus, 'formats'));
const pdfDir = join(work, 'pdf');
mkdirSync(pdfDir, { recursive: true });
const seen = new Set<string>();
for (const d of process.argv.includes('--no-formats') ? [] : formats.docs) {
  const stem = d.sameAs ?? d.file;
  if (seen.has(stem) || (only && !d.file.includes(only))) continue;
  const ext = d.file.split('.').pop();
  const pdf = formats.docs.find((x) => (x.sameAs ?? x.file) === stem && x.file.endsWith('.pdf'));
  let source: string | null = null;
  if (pdf) source = join(corpus, 'formats', pdf.file);
  else if (ext === 'docx') {
    const converted = join(pdfDir, d.file.replace(/\.docx$/, '.pdf'));
    if (!existsSync(converted))
      execFileSync(
        'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', pdfDir, join(corpus, 'formats', d.file)],
        {
          stdio: 'ignore',
        },
      );
    if (existsSync(converted)) source = converted;
  }
  if (!source) continue;
  seen.add(stem);
  const file = scanName(basename(source, '.pdf'));
  const pages = await scan(source, join(out, file));
  docs.push({ ...d, file, layout: `image-only PDF at ${scanDpi} dpi of ${basename(source)}`, pages });
}

// 2. The seeds' target forms, each printed by the PDF exporter (Chromium), truth from the seeds' truth.
if (!process.argv.includes('--no-seeds')) {
  const seeds = loadTruth(join(corpus, 'seeds'));
  for (const d of seeds.docs) {
    if (only && !d.file.includes(only)) continue;
    const text = readFileSync(join(seeds.dir, d.file), 'utf8');
    const forms = importText(text);
    // One form of each kind per seed: a scan is of a single form.
    for (const kind of ['project', 'department'] as const) {
      const truth = d.forms.find((f) => f.kind === kind);
      const named = (f: (typeof forms)[number]) =>
        f.kind === 'department' ? f.department : f.kind === 'project' ? f.name : null;
      const form = forms.find((f) => f.kind === kind && truth && named(f) === truth.name);
      if (!truth || !form) continue;
      const pdf = join(pdfDir, `${d.file.slice(0, 3)}-${kind}.pdf`);
      if (!existsSync(pdf)) writeFileSync(pdf, await exportPdf(form));
      const file = scanName(`seed-${d.file.slice(0, 3)}-${kind}`);
      const pages = await scan(pdf, join(out, file));
      docs.push({
        ...d,
        file,
        forms: [truth],
        layout: `image-only PDF at ${scanDpi} dpi of the exporter's PDF`,
        pages,
      });
    }
  }
  await closeBrowser();
}

writeFileSync(
  join(out, 'truth.json'),
  JSON.stringify({ set: `ocr-${scanDpi}dpi`, docs: docs.map(({ pages: _p, ...d }) => d) }, null, 1),
);

/**
 * CPU seconds spent so far by this process and the child processes it has waited for (tesseract, pdftoppm):
 * on a shared machine the wall time a page takes depends on the load, its CPU time far less. Linux only
 * (/proc/self/stat: utime, stime, cutime, cstime in clock ticks, taken as 100 a second); elsewhere NaN.
 */
function cpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    // After the command's closing bracket, utime is the 12th field (the state is the 1st).
    return fields.slice(11, 15).reduce((n, f) => n + Number(f), 0) / 100;
  } catch {
    return NaN;
  }
}

let right = 0;
let total = 0;
let pages = 0;
let ms = 0;
let cpu = 0;
for (const d of docs) {
  const started = Date.now();
  const cpuBefore = cpuSeconds();
  const [r] = await scoreSet({ set: 'ocr', dir: out, docs: [d] });
  const took = Date.now() - started;
  const cpuTook = cpuSeconds() - cpuBefore;
  right += r!.right;
  total += r!.total;
  pages += d.pages;
  ms += took;
  cpu += cpuTook;
  const missed = r!.fields
    .filter((f) => !f.right)
    .map((f) => `${f.field} (want ${f.expected}, got ${f.got ?? '—'})`);
  console.log(
    `${d.file.padEnd(58)} ${String(r!.right).padStart(3)}/${String(r!.total).padEnd(3)} ${d.pages} p ${(took / 1000 / Math.max(1, d.pages)).toFixed(1)} s/page (CPU ${(cpuTook / Math.max(1, d.pages)).toFixed(1)} s)${r!.error ? `  [${r!.error}]` : ''}`,
  );
  if (process.argv.includes('--all-fields') && missed.length > 0)
    console.log(`    missing: ${missed.join('; ')}`);
}
console.log(
  `\ntotal ${right}/${total} (${((100 * right) / Math.max(1, total)).toFixed(1)} %), ${pages} pages, ${(ms / 1000 / Math.max(1, pages)).toFixed(1)} s/page (CPU ${(cpu / Math.max(1, pages)).toFixed(1)} s/page); scans in ${out}`,
);
