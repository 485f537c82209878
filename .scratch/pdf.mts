import { minimalPdf, pdfText } from '../packages/documents/src/office/test-files.ts';
import { importBuffer } from '../packages/documents/src/index.ts';
import { strToU8 } from 'fflate';
const good = new TextDecoder().decode(minimalPdf([pdfText([['Hello', 72, 700]])]));
const enc = good.replace('trailer\n<< /Size', 'trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O <' + 'ab'.repeat(32) + '> /U <' + 'cd'.repeat(32) + '> /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] /Size');
console.log('enc', (await importBuffer(strToU8(enc), 'a.pdf')));
const cyc = good.replace('<< /Type /Pages /Kids [4 0 R]', '<< /Type /Pages /Kids [2 0 R 4 0 R]');
console.log('cyc', (await importBuffer(strToU8(cyc), 'a.pdf')));
console.log('trunc', (await importBuffer(strToU8(good.slice(0, good.length >> 1)), 'a.pdf')));
