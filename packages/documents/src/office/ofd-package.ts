// The parts of an OFD package (GB/T 33190-2016 §7): OFD.xml names each document's DocRoot (Document.xml), which
// lists its pages (Pages/Page/@BaseLoc → the page's Content.xml), its template pages (CommonData/TemplatePage) and
// the default page size (CommonData/PageArea/PhysicalBox). Locations are resolved inside the package only: one that
// climbs out of it (../..) or points elsewhere (http:, file:) is refused, as is a part the package does not hold.
import { ImportError } from '../import-errors.ts';
import type { SafeZip } from './safe-zip.ts';
import { walkXml, type XmlLimits } from './xml-walk.ts';
import { numbers } from './ofd-content.ts';

/** A page to read: its part, the template pages it is drawn with, and its document's default page box. */
export interface OfdPageRef {
  part: string;
  /** Template parts by TemplateID, from the page's document. */
  templates: Map<string, string>;
  /** CommonData/PageArea/PhysicalBox of the page's document (x y width height), when given. */
  box: number[] | null;
}

export function ofdUnreadable(detail: string): ImportError {
  return new ImportError(
    'ofd-unreadable',
    `OFD 文件结构不完整或有误（${detail}）：请在数科、福昕或 WPS 等阅读器中打开确认，重新导出（另存为）OFD 或 PDF 后再导入`,
  );
}

/**
 * A location inside the package as an entry name: absolute (/Doc_0/Pages/…) from the package root, otherwise
 * relative to the folder of the part that names it. Backslashes are read as slashes (Windows writers).
 */
export function resolveLocation(location: string, folder: string): string {
  const loc = location.trim().replace(/\\/g, '/');
  if (/^[a-z][a-z0-9+.-]*:/i.test(loc)) throw ofdUnreadable(`路径“${loc}”指向文件包之外`);
  const parts: string[] = [];
  for (const segment of (loc.startsWith('/') ? loc : `${folder}/${loc}`).split('/')) {
    if (segment === '..') {
      if (parts.length === 0) throw ofdUnreadable(`路径“${loc}”越出了文件包`);
      parts.pop();
    } else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * The entry a location names: relative to the naming part's folder as the standard says, or else from the package
 * root (some writers repeat the document's folder: Doc_0/Pages/… inside Doc_0/Document.xml).
 */
export function locatePart(zip: SafeZip, location: string, folder: string): string {
  const relative = resolveLocation(location, folder);
  if (findPart(zip, relative) !== null || folder === '') return relative;
  const fromRoot = resolveLocation(location, '');
  return findPart(zip, fromRoot) !== null ? fromRoot : relative;
}

const folderOf = (part: string) => (part.includes('/') ? part.slice(0, part.lastIndexOf('/')) : '');

/** The entry a part name stands for: exact, or the one name differing only in case (writers vary). */
export function findPart(zip: SafeZip, name: string): string | null {
  if (zip.has(name)) return name;
  const lower = name.toLowerCase();
  return zip.entries.find((e) => e.name.toLowerCase() === lower)?.name ?? null;
}

/** A part's text in the encoding its XML declaration names (UTF-8 unless GBK / GB2312 / GB18030). */
export function partText(zip: SafeZip, name: string, what: string): string {
  const entry = findPart(zip, name);
  const bytes = entry === null ? null : zip.read(entry);
  if (!bytes) throw ofdUnreadable(`缺少${what}（${name}）`);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const encoding = /encoding\s*=\s*["'](gb2312|gbk|gb18030)["']/i.test(head) ? 'gb18030' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes).replace(/^\ufeff/, '');
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** The text of every element of the given local name, in order. */
function textsOf(
  xml: string,
  element: string,
  part: string,
  limits: XmlLimits,
  budget: { elements: number },
): string[] {
  const out: string[] = [];
  let current: string | null = null;
  budget.elements = walkXml(
    xml,
    {
      open: (name) => {
        if (local(name) === element) current = '';
      },
      close: (name) => {
        if (local(name) === element && current !== null) {
          out.push(current.trim());
          current = null;
        }
      },
      text: (text) => {
        if (current !== null) current += text;
      },
    },
    part,
    { limits, counted: budget.elements },
  );
  return out;
}

/** The pages of every document of the package, in order. */
export function ofdPages(zip: SafeZip, limits: XmlLimits, budget: { elements: number }): OfdPageRef[] {
  const root = findPart(zip, 'OFD.xml');
  if (root === null) throw ofdUnreadable('缺少入口文件 OFD.xml');
  const docRoots = textsOf(partText(zip, root, '入口文件 OFD.xml'), 'DocRoot', 'OFD.xml', limits, budget);
  if (docRoots.length === 0) throw ofdUnreadable('OFD.xml 没有指出文档（DocRoot）');
  const pages: OfdPageRef[] = [];
  for (const docRoot of docRoots) {
    const docPart = resolveLocation(docRoot, '');
    const xml = partText(zip, docPart, '文档描述 Document.xml');
    const folder = folderOf(docPart);
    const templates = new Map<string, string>();
    const pageLocs: string[] = [];
    let box: number[] | null = null;
    let boxText: string | null = null;
    let inPageArea = false;
    budget.elements = walkXml(
      xml,
      {
        open: (tag, attrs) => {
          const name = local(tag);
          if (name === 'PageArea') inPageArea = true;
          else if (name === 'PhysicalBox' && inPageArea) boxText = '';
          else if (name === 'TemplatePage' && attrs.ID && attrs.BaseLoc)
            templates.set(attrs.ID, locatePart(zip, attrs.BaseLoc, folder));
          else if (name === 'Page' && attrs.BaseLoc) pageLocs.push(attrs.BaseLoc);
        },
        close: (tag) => {
          const name = local(tag);
          if (name === 'PageArea') inPageArea = false;
          else if (name === 'PhysicalBox' && boxText !== null) {
            const b = numbers(boxText);
            if (b.length === 4 && b[3]! > 0) box = b;
            boxText = null;
          }
        },
        text: (text) => {
          if (boxText !== null) boxText += text;
        },
      },
      docPart,
      { limits, counted: budget.elements },
    );
    for (const loc of pageLocs) pages.push({ part: locatePart(zip, loc, folder), templates, box });
  }
  return pages;
}
