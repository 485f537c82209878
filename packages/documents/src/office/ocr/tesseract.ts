// The OCR engine: Debian's tesseract (tesseract-ocr with the tesseract-ocr-chi-sim language data) run as a
// child process — never in this process, so a long page holds up no event loop — its TSV output (one
// line per page, block, paragraph, line and word, with boxes in pixels and a word confidence 0–100) read
// into words whose box height is their text line's.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { findExecutable } from '../find-executable.ts';
import path from 'node:path';
import { ImportError } from '../../import-errors.ts';

export interface OcrWord {
  text: string;
  /** The word's box in pixels, from the image's top left. */
  left: number;
  width: number;
  /** Top and height of the text line the word stands in (a 一 alone is a few pixels tall). */
  lineTop: number;
  lineHeight: number;
  /** Tesseract's confidence, 0–100. */
  confidence: number;
  /** The text line it belongs to (page/block/paragraph/line), in reading order. */
  line: string;
  /**
   * Each character's left and right edge in pixels (from the engine's symbol boxes), when known, and its
   * box's foot and head in pixels from the image's foot (as the box file gives them).
   */
  chars?: Array<{ text: string; left: number; right: number; bottom?: number; top?: number }>;
}

/** The language data the forms need: simplified Chinese (its model reads Latin digits and letters too). */
export const OCR_LANGUAGE = 'chi_sim';

const INSTALL_HINT =
  '服务器未安装文字识别（OCR）组件 tesseract 及其简体中文语言包，无法识别扫描件或图片：请管理员安装（Debian/Ubuntu：apt-get install tesseract-ocr tesseract-ocr-chi-sim），或导入原始的 Word/Excel 文件';

let languages: Promise<string[]> | null = null;

/** The tesseract executable when it and the Chinese language data are installed; otherwise an ImportError naming what to install. */
export async function requireTesseract(signal?: AbortSignal): Promise<string> {
  const tesseract = findExecutable('tesseract');
  if (!tesseract) throw new ImportError('ocr-unavailable', INSTALL_HINT);
  languages ??= run(tesseract, ['--list-langs'], { signal })
    .then((out) =>
      new TextDecoder()
        .decode(out)
        .split(/\r?\n/)
        .map((l) => l.trim()),
    )
    .catch(() => []);
  const list = await languages;
  if (!list.includes(OCR_LANGUAGE)) {
    languages = null; // installed later: look again next time
    throw new ImportError('ocr-unavailable', INSTALL_HINT);
  }
  return tesseract;
}

/** True when the engine has the language data `language` (after requireTesseract found it). */
export async function hasLanguage(language: string): Promise<boolean> {
  return (await (languages ?? Promise.resolve([]))).includes(language);
}

/** True when OCR can run here (for tests that skip without it). */
export async function ocrAvailable(): Promise<boolean> {
  try {
    await requireTesseract();
    return true;
  } catch {
    return false;
  }
}

/**
 * Recognises one image file (PGM, PNG, JPEG, TIFF — what leptonica reads) as a uniform block of text:
 * the table borders are already painted out, and the words are placed into cells by their boxes. Read in
 * `options.language` (chi_sim when not given), held to `options.characters` when they are given.
 */
export async function recogniseImage(
  tesseract: string,
  file: string,
  dpi: number,
  signal?: AbortSignal,
  options: { language?: string; characters?: string } = {},
): Promise<OcrWord[]> {
  // Two outputs of one run: the words (tsv) and each character's box (makebox), beside the image.
  const base = file.replace(/\.[a-z]+$/i, '');
  const held = options.characters ? ['-c', `tessedit_char_whitelist=${options.characters}`] : [];
  await run(
    tesseract,
    [
      file,
      base,
      '-l',
      options.language ?? OCR_LANGUAGE,
      '--psm',
      PAGE_SEGMENTATION,
      '--dpi',
      String(dpi),
      ...held,
      'tsv',
      'makebox',
    ],
    { signal },
  );
  const [tsv, box] = await Promise.all([
    readFile(`${base}.tsv`, 'utf8'),
    readFile(`${base}.box`, 'utf8').catch(() => ''),
  ]);
  return withCharacters(parseTsv(tsv), parseBoxes(box));
}

/** A box file (one character a line: text left bottom right top page, y from the image's foot) → characters in reading order. */
export function parseBoxes(box: string): NonNullable<OcrWord['chars']> {
  const out: NonNullable<OcrWord['chars']> = [];
  for (const line of box.split(/\r?\n/)) {
    const m = /^(.+?) (-?\d+) (-?\d+) (-?\d+) (-?\d+) \d+$/.exec(line);
    if (m && m[1]!.trim() !== '')
      out.push({
        text: m[1]!,
        left: Number(m[2]),
        right: Number(m[4]),
        bottom: Number(m[3]),
        top: Number(m[5]),
      });
  }
  return out;
}

/**
 * Gives each word its characters' boxes: the box file lists the same characters as the words, in the same
 * order. A word whose characters do not line up (the two outputs disagree) keeps none.
 */
export function withCharacters(words: OcrWord[], chars: ReturnType<typeof parseBoxes>): OcrWord[] {
  let at = 0;
  return words.map((w) => {
    const want = [...w.text];
    const mine: typeof chars = [];
    let k = at;
    let text = '';
    while (k < chars.length && text.length < w.text.length) {
      text += chars[k]!.text;
      mine.push(chars[k]!);
      k++;
    }
    if (text !== w.text || mine.length === 0) {
      // Resynchronise on the next word's first character.
      return w;
    }
    at = k;
    return want.length === mine.length ? { ...w, chars: mine } : w;
  });
}

/** Page segmentation mode (tesseract --help-psm). Measured on the corpus's rendered forms; see read-scanned.ts. */
const PAGE_SEGMENTATION = '6';

/** Tesseract's TSV (level, page_num, block_num, par_num, line_num, word_num, left, top, width, height, conf, text) → words. */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  const lines = new Map<string, { top: number; height: number }>();
  for (const line of tsv.split(/\r?\n/)) {
    const f = line.split('\t');
    if (f.length < 12 || !/^\d+$/.test(f[0]!)) continue;
    const [level, page, block, par, ln] = f.slice(0, 5);
    const [left, top, width, height, conf] = f.slice(6, 11).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const key = `${page}/${block}/${par}/${ln}`;
    if (level === '4') lines.set(key, { top, height });
    if (level !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    if (text === '' || conf < 0) continue;
    const own = lines.get(key) ?? { top, height };
    words.push({ text, left, width, lineTop: own.top, lineHeight: own.height, confidence: conf, line: key });
  }
  return words;
}

/**
 * Runs a program with its own process group, collecting its standard output; an abort (the caller's time
 * limit) kills the whole group. A non-zero exit is an error carrying its standard error's tail.
 */
export function run(
  program: string,
  args: string[],
  options: { signal?: AbortSignal; maxOutput?: number } = {},
): Promise<Uint8Array> {
  const { signal, maxOutput = 64 * 1024 * 1024 } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const child = spawn(program, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // One thread a page: the machine's other cores serve requests and other readings.
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let errors = '';
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const onAbort = () => {
      kill();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutput) kill();
      else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-2000);
    });
    child.on('error', (e) => {
      signal?.removeEventListener('abort', onAbort);
      reject(e);
    });
    child.on('close', (code) => {
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) return;
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`${path.basename(program)} exited with ${code}: ${errors.trim()}`));
    });
  });
}
