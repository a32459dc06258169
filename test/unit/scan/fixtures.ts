import { deflateRawSync, crc32 } from 'node:zlib';
import type { Entity } from '../../../src/model/entity.js';

/** A small hand-built listing modelled on real designations, with distractors that prose often contains. */
export const ENTITIES: Entity[] = [
  {
    id: 'us_ofac_sdn:43377',
    dataset: 'us_ofac_sdn',
    sourceId: '43377',
    schema: 'Person',
    caption: 'Sang Man Kim',
    names: [
      { full: 'Sang Man Kim', kind: 'primary' },
      { full: '김상만', kind: 'original_script' },
      { full: 'Sangman Kim', kind: 'aka' },
    ],
    identifiers: [
      { type: 'passport', value: '109420132' },
      { type: 'crypto', value: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', asset: 'ETH' },
      { type: 'crypto', value: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', asset: 'XBT' },
    ],
  },
  {
    id: 'us_ofac_sdn:43379',
    dataset: 'us_ofac_sdn',
    sourceId: '43379',
    schema: 'Organization',
    caption: 'Chinyong Information Technology Cooperation Company',
    names: [
      { full: 'Chinyong Information Technology Cooperation Company', kind: 'primary' },
      { full: 'Jinyong IT Cooperation Company', kind: 'aka' },
    ],
  },
  {
    id: 'us_ofac_sdn:27307',
    dataset: 'us_ofac_sdn',
    sourceId: '27307',
    schema: 'Organization',
    caption: 'Lazarus Group',
    names: [
      { full: 'Lazarus Group', kind: 'primary' },
      { full: 'Office 91', kind: 'weak' },
      { full: 'Hidden Cobra', kind: 'weak' },
      { full: 'Zinc', kind: 'weak' },
    ],
    identifiers: [{ type: 'crypto', value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', asset: 'ETH' }],
  },
  {
    id: 'us_ofac_sdn:43338',
    dataset: 'us_ofac_sdn',
    sourceId: '43338',
    schema: 'Organization',
    caption: '110th Research Center',
    names: [
      { full: '110th Research Center', kind: 'primary' },
      { full: 'Lab 110', kind: 'weak' },
      { full: 'Unit 110', kind: 'weak' },
    ],
  },
  {
    id: 'un_sc_sanctions:IQi.006',
    dataset: 'un_sc_sanctions',
    sourceId: 'IQi.006',
    schema: 'Person',
    caption: 'IZZAT IBRAHIM AL-DURI',
    names: [
      { full: 'IZZAT IBRAHIM AL-DURI', kind: 'primary' },
      { full: 'عزت ابراهيم الدوري', kind: 'original_script' },
    ],
  },
  {
    id: 'gb_hmt_sanctions:14214',
    dataset: 'gb_hmt_sanctions',
    sourceId: '14214',
    schema: 'Person',
    caption: 'Oleg Vladimirovich DERIPASKA',
    names: [
      { full: 'Oleg Vladimirovich DERIPASKA', kind: 'primary' },
      { full: 'Олег Владимирович ДЕРИПАСКА', kind: 'original_script' },
    ],
  },
  {
    id: 'gb_hmt_sanctions:16765',
    dataset: 'gb_hmt_sanctions',
    sourceId: '16765',
    schema: 'Organization',
    caption: 'NINGBO OTURN MACHINERY CO., LTD',
    names: [
      { full: 'NINGBO OTURN MACHINERY CO., LTD', kind: 'primary' },
      { full: '宁波欧腾机械有限公司', kind: 'original_script' },
    ],
  },
  {
    id: 'us_ofac_sdn:15036',
    dataset: 'us_ofac_sdn',
    sourceId: '15036',
    schema: 'Vessel',
    caption: 'ARTAVIL',
    names: [{ full: 'ARTAVIL', kind: 'primary' }],
    identifiers: [{ type: 'imo', value: '9187629' }],
  },
  {
    id: 'us_ofac_sdn:13109',
    dataset: 'us_ofac_sdn',
    sourceId: '13109',
    schema: 'Organization',
    caption: 'Pouya Air',
    names: [{ full: 'Pouya Air', kind: 'primary' }],
    identifiers: [
      { type: 'email', value: 'info@pouyaair.com' },
      { type: 'website', value: 'www.pouyaair.com' },
      { type: 'phone', value: '+98 21 4466 9999' },
    ],
  },
  // Distractors: everyday words and common names that are also listed.
  { id: 'x:washington', dataset: 'x', sourceId: 'washington', schema: 'Organization', caption: 'WASHINGTON TRADING LTD', names: [{ full: 'WASHINGTON TRADING LTD', kind: 'primary' }] },
  { id: 'x:janet', dataset: 'x', sourceId: 'janet', schema: 'Vessel', caption: 'JANET', names: [{ full: 'JANET', kind: 'primary' }] },
  { id: 'x:arsenal', dataset: 'x', sourceId: 'arsenal', schema: 'Organization', caption: 'ARSENAL JSC', names: [{ full: 'ARSENAL JSC', kind: 'primary' }] },
  { id: 'x:smith', dataset: 'x', sourceId: 'smith', schema: 'Person', caption: 'Robert John SMITHERS', names: [{ full: 'Robert John SMITHERS', kind: 'primary' }] },
];

/** A one-page PDF with the given lines in Helvetica, offsets computed as the format requires. */
export function minimalPdf(lines: string[]): Uint8Array {
  const esc = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A ZIP archive (deflated entries) written by hand: enough for a .docx package. */
export function zip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export function minimalDocx(paragraphs: string[]): Uint8Array {
  const x = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${x(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
  });
}
