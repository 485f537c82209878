import { importBuffer } from '../packages/documents/src/index.ts';
import { zipOf, handXlsx } from '../packages/documents/src/office/test-files.ts';
console.log(await importBuffer(zipOf({ 'xl/workbook.xml': '<workbook><sheets><sheet name="a" sheetId="1" r:id="rId9"/></sheets></workbook>' }), 'a.xlsx'));
console.log(await importBuffer(handXlsx('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'), 'a.xlsx'));
