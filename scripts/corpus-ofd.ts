// Writes made .ofd files (GB/T 33190) from the corpus's own PDF renderings, for the OFD reader's yardstick: each PDF
// page's text items (pdf.js) and drawn border lines become an OFD page's TextObjects and PathObjects, in one of three
// manners OFD writers use (none is any writer's exact output; each file's truth entry says it was made):
//   scaled    one TextObject per text run, a CTM scaling point-sized text to millimetres, DeltaX per glyph, each
//             border a stroked PathObject inside a PageBlock (as converters from a print stream write);
//   glyphs    one TextObject per glyph, no DeltaX, borders as thin filled rectangles in nested PageBlocks;
//   template  a run's glyphs in two TextCodes (the second without Y, on the first's baseline), DeltaX in the 'g N D' shorthand,
//             every page's borders on a template page of its own drawn under it, Content.xml in GB18030.
// A glyph's advance is not in a PDF's text items: a run's width is shared out by a width model of its own
// (CJK 1, figures 0.57, Latin letters 0.55, % 0.9, stops and spaces 0.29, brackets and hyphen 0.36, others 0.5 of
// the font size: near the Latin fonts LibreOffice used, DejaVu Serif and Liberation Serif).
// Usage: node --import tsx scripts/corpus-ofd.ts [--out=DIR] FILE.pdf:MANNER …   (FILE in formats/; the .ofd is
// written beside it, or into DIR, with a truth entry copied from the PDF's: same forms, sameAs its source)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocumentProxy } from 'unpdf';
import { strToU8, zipSync } from 'fflate';
import { findRules, type Rule } from '../packages/documents/src/office/pdf-tables.ts';
import { ensureTransferToFixedLength } from '../packages/documents/src/office/read-pdf.ts';
import type { TruthFile } from '../packages/documents/test/corpus/truth.ts';
import { encodeGbk } from './corpus-grid.ts';

type Manner = 'scaled' | 'glyphs' | 'template';
const MANNERS: Record<Manner, string> = {
  scaled:
    'one TextObject per text run, CTM scaling point-sized text to mm, DeltaX per glyph, stroked border PathObjects in a PageBlock',
  glyphs: 'one TextObject per glyph without DeltaX, borders as thin filled rectangles in nested PageBlocks',
  template:
    "runs in two TextCodes (the second without Y, on the first's baseline), DeltaX in the 'g N D' shorthand, each page's borders on a template page drawn under it, Content.xml in GB18030",
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const formats = join(root, 'packages/documents/test/corpus/formats');
const outDir = resolve(process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? formats);
const MM = 25.4 / 72;
const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

interface Run {
  text: string;
  /** Baseline start and font size, mm from the page's top-left. */
  x: number;
  y: number;
  size: number;
  /** Advance of each glyph but the last, mm. */
  deltas: number[];
}

interface Page {
  width: number;
  height: number;
  runs: Run[];
  rules: Rule[];
  /** The page's bottom in PDF points (rules are y-up from it). */
  top: number;
  left: number;
}

/** Proportions of glyph widths (between DejaVu Serif's and Liberation Serif's, the Latin fonts of these PDFs). */
const width = (ch: string) =>
  /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]/u.test(ch)
    ? 1
    : /[0-9]/.test(ch)
      ? 0.57
      : /[A-Za-z]/.test(ch)
        ? 0.55
        : ch === '%'
          ? 0.9
          : /[.,:; ]/.test(ch)
            ? 0.29
            : /[()[\]-]/.test(ch)
              ? 0.36
              : 0.5;

async function readPdf(file: string): Promise<Page[]> {
  ensureTransferToFixedLength();
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)), { isEvalSupported: false });
  const pages: Page[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const runs: Run[] = [];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, , d, e, f] = item.transform as number[];
      const size = Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0) || 10;
      const chars = [...item.str];
      const total = chars.reduce((s, ch) => s + width(ch), 0) || 1;
      const deltas = chars.slice(0, -1).map((ch) => ((width(ch) * item.width) / total) * MM);
      runs.push({
        text: item.str,
        x: ((e ?? 0) - x0) * MM,
        y: (y1 - (f ?? 0)) * MM,
        size: size * MM,
        deltas,
      });
    }
    const ops = await page.getOperatorList();
    pages.push({
      width: (x1 - x0) * MM,
      height: (y1 - y0) * MM,
      runs,
      rules: findRules(ops.fnArray, ops.argsArray),
      top: y1,
      left: x0,
    });
    page.cleanup();
  }
  await pdf.destroy();
  return pages;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const n = (v: number) => String(Math.round(v * 1000) / 1000);

/** Deltas as written: plain, or equal neighbours as 'g N D'. */
function deltaText(deltas: number[], shorthand: boolean): string {
  const values = deltas.map(n);
  if (!shorthand) return values.join(' ');
  const out: string[] = [];
  for (let i = 0; i < values.length;) {
    let k = i;
    while (k + 1 < values.length && values[k + 1] === values[i]) k++;
    out.push(k > i ? `g ${k - i + 1} ${values[i]}` : values[i]!);
    i = k + 1;
  }
  return out.join(' ');
}

/** A rule's segment in page mm (y down). */
function segment(page: Page, r: Rule): [number, number, number, number] {
  const x = (v: number) => (v - page.left) * MM;
  const y = (v: number) => (page.top - v) * MM;
  return r.kind === 'h' ? [x(r.from), y(r.at), x(r.to), y(r.at)] : [x(r.at), y(r.to), x(r.at), y(r.from)];
}

let id = 100;
const next = () => id++;

function textObjects(run: Run, manner: Manner): string {
  const { text, x, y, size, deltas } = run;
  const runWidth = deltas.reduce((s, v) => s + v, 0) + size;
  if (manner === 'scaled') {
    // Object space in points, scaled to mm by the CTM; the Boundary's corner is the object's origin.
    const k = MM;
    const bx = x;
    const by = y - size;
    return `<ofd:TextObject ID="${next()}" Boundary="${n(bx)} ${n(by)} ${n(runWidth)} ${n(size * 1.3)}" CTM="${n(k)} 0 0 ${n(k)} 0 0" Size="${n(size / k)}" Font="3"><ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="${n(size / k)}" DeltaX="${deltaText(
      deltas.map((v) => v / k),
      false,
    )}">${esc(text)}</ofd:TextCode></ofd:TextObject>`;
  }
  if (manner === 'glyphs') {
    const chars = [...text];
    let at = x;
    return chars
      .map((ch, i) => {
        const obj = `<ofd:TextObject ID="${next()}" Boundary="${n(at)} ${n(y - size)} ${n(size * 1.1)} ${n(size * 1.3)}" Size="${n(size)}" Font="3"><ofd:TextCode X="0" Y="${n(size)}">${esc(ch)}</ofd:TextCode></ofd:TextObject>`;
        at += deltas[i] ?? 0;
        return ch.trim() === '' ? '' : obj;
      })
      .join('');
  }
  // template: the run in two TextCodes, the second at its own X on the same baseline (its Y left out: the standard
  // then takes the previous TextCode's Y).
  const chars = [...text];
  const cut = Math.ceil(chars.length / 2);
  const first = chars.slice(0, cut).join('');
  const second = chars.slice(cut).join('');
  const firstDeltas = deltas.slice(0, cut - 1);
  const secondDeltas = deltas.slice(cut, chars.length - 1);
  const secondX = 0.5 + deltas.slice(0, cut).reduce((s, v) => s + v, 0);
  const codes =
    `<ofd:TextCode X="0.5" Y="${n(size)}"${firstDeltas.length ? ` DeltaX="${deltaText(firstDeltas, true)}"` : ''}>${esc(first)}</ofd:TextCode>` +
    (second
      ? `<ofd:TextCode X="${n(secondX)}"${secondDeltas.length ? ` DeltaX="${deltaText(secondDeltas, true)}"` : ''}>${esc(second)}</ofd:TextCode>`
      : '');
  return `<ofd:TextObject ID="${next()}" Boundary="${n(x - 0.5)} ${n(y - size)} ${n(runWidth + 1)} ${n(size * 1.3)}" Size="${n(size)}" Font="3">${codes}</ofd:TextObject>`;
}

function borderObjects(page: Page, manner: Manner): string {
  return page.rules
    .map((r) => {
      const [x0, y0, x1, y1] = segment(page, r);
      const left = Math.min(x0, x1);
      const top = Math.min(y0, y1);
      if (manner === 'glyphs') {
        // A thin filled rectangle 0.2 mm across.
        const w = Math.max(Math.abs(x1 - x0), 0.2);
        const h = Math.max(Math.abs(y1 - y0), 0.2);
        return `<ofd:PathObject ID="${next()}" Boundary="${n(left - 0.1)} ${n(top - 0.1)} ${n(w + 0.2)} ${n(h + 0.2)}" Stroke="false" Fill="true"><ofd:FillColor Value="0 0 0"/><ofd:AbbreviatedData>M 0 0 L ${n(w)} 0 L ${n(w)} ${n(h)} L 0 ${n(h)} C</ofd:AbbreviatedData></ofd:PathObject>`;
      }
      return `<ofd:PathObject ID="${next()}" Boundary="${n(left)} ${n(top)} ${n(Math.abs(x1 - x0) + 0.3)} ${n(Math.abs(y1 - y0) + 0.3)}" LineWidth="0.18"><ofd:StrokeColor Value="0 0 0"/><ofd:AbbreviatedData>M ${n(x0 - left)} ${n(y0 - top)} L ${n(x1 - left)} ${n(y1 - top)}</ofd:AbbreviatedData></ofd:PathObject>`;
    })
    .join('');
}

function pageXml(body: string, box: string, templates: string[], encoding: string): string {
  return `<?xml version="1.0" encoding="${encoding}"?>\n<ofd:Page ${NS}><ofd:Area><ofd:PhysicalBox>${box}</ofd:PhysicalBox></ofd:Area>${templates.map((t) => `<ofd:Template TemplateID="${t}" ZOrder="Background"/>`).join('')}<ofd:Content>${body}</ofd:Content></ofd:Page>`;
}

function toOfd(pages: Page[], manner: Manner): Uint8Array {
  id = 100;
  const parts: Record<string, Uint8Array> = {};
  const docPages: string[] = [];
  const templatePages: string[] = [];
  pages.forEach((page, i) => {
    const box = `0 0 ${n(page.width)} ${n(page.height)}`;
    const text = page.runs.map((r) => textObjects(r, manner)).join('');
    const borders = borderObjects(page, manner);
    let body: string;
    const uses: string[] = [];
    if (manner === 'scaled')
      body = `<ofd:Layer ID="${next()}" Type="Body"><ofd:PageBlock ID="${next()}">${borders}</ofd:PageBlock>${text}</ofd:Layer>`;
    else if (manner === 'glyphs')
      body = `<ofd:Layer ID="${next()}"><ofd:PageBlock ID="${next()}"><ofd:PageBlock ID="${next()}">${borders}</ofd:PageBlock>${text}</ofd:PageBlock></ofd:Layer>`;
    else {
      const tpl = String(next());
      parts[`Doc_0/Tpls/Tpl_${i}/Content.xml`] = encodeGbk(
        pageXml(`<ofd:Layer ID="${next()}" Type="Background">${borders}</ofd:Layer>`, box, [], 'GB18030'),
      );
      templatePages.push(
        `<ofd:TemplatePage ID="${tpl}" Name="版式${i + 1}" BaseLoc="Tpls/Tpl_${i}/Content.xml"/>`,
      );
      uses.push(tpl);
      body = `<ofd:Layer ID="${next()}" Type="Body">${text}</ofd:Layer>`;
    }
    const xml = pageXml(body, box, uses, manner === 'template' ? 'GB18030' : 'UTF-8');
    parts[`Doc_0/Pages/Page_${i}/Content.xml`] = manner === 'template' ? encodeGbk(xml) : strToU8(xml);
    docPages.push(`<ofd:Page ID="${next()}" BaseLoc="Pages/Page_${i}/Content.xml"/>`);
  });
  const first = pages[0]!;
  const document = `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${n(first.width)} ${n(first.height)}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>${templatePages.join('')}</ofd:CommonData><ofd:Pages>${docPages.join('')}</ofd:Pages></ofd:Document>`;
  const publicRes = `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`;
  const entry = `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD ${NS} DocType="OFD" Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:DocID>made-by-corpus-ofd</ofd:DocID><ofd:Creator>scripts/corpus-ofd.ts</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`;
  return zipSync({
    'OFD.xml': strToU8(entry),
    'Doc_0/Document.xml': strToU8(document),
    'Doc_0/PublicRes.xml': strToU8(publicRes),
    ...parts,
  });
}

const truthPath = join(formats, 'truth.json');
const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as TruthFile;
const trial: TruthFile = { set: 'trial', docs: [] };
const target = outDir === formats ? truth : trial;
mkdirSync(outDir, { recursive: true });
for (const arg of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const [file, manner] = arg.split(':') as [string, Manner];
  if (!(manner in MANNERS))
    throw new Error(`${arg}: the manner is one of ${Object.keys(MANNERS).join(', ')}`);
  const source = truth.docs.find((d) => d.file === basename(file));
  if (!source) throw new Error(`${file}: no truth entry in formats/truth.json`);
  const out = basename(file).replace(/\.pdf$/, '.ofd');
  writeFileSync(join(outDir, out), toOfd(await readPdf(join(formats, basename(file))), manner));
  const entry = {
    ...source,
    file: out,
    layout: `made by scripts/corpus-ofd.ts from formats/${basename(file)} (its text items and border lines, pdf.js): ${MANNERS[manner]}`,
  };
  const at = target.docs.findIndex((d) => d.file === out);
  if (at >= 0) target.docs[at] = entry;
  else target.docs.push(entry);
  console.log(`wrote ${join(outDir, out)}`);
}
writeFileSync(join(outDir, 'truth.json'), `${JSON.stringify(target, null, 1)}\n`);
