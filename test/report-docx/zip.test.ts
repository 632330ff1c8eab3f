import JSZip from 'jszip';
import { zipEntries } from '../../src/cli/zip-entries';
import { zipFiles } from '../../src/report-docx/zip';

describe('zipFiles', () => {
  test('an archive any reader opens: names in UTF-8, stored and deflated entries, CRCs checked', async () => {
    const xml = new TextEncoder().encode('<w:p>ผลการประเมิน</w:p>'.repeat(500));
    const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3, 4]);
    const bytes = zipFiles(
      [
        { name: 'word/document.xml', data: xml },
        { name: 'word/media/ภาพ.png', data: png, store: true },
        { name: 'empty.xml', data: new Uint8Array(0) },
      ],
      { when: new Date(2026, 11, 3, 14, 30, 10) },
    );
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['word/document.xml', 'word/media/ภาพ.png', 'empty.xml']);
    expect(await zip.file('word/document.xml')!.async('uint8array')).toEqual(xml);
    expect(await zip.file('word/media/ภาพ.png')!.async('uint8array')).toEqual(png);
    expect(await zip.file('empty.xml')!.async('uint8array')).toEqual(new Uint8Array(0));
    // Deflated: 12,000 bytes of repeated text take a small part of that; the PNG is stored as is.
    expect(bytes.length).toBeLessThan(1000);
    expect(zip.file('word/document.xml')!.date.getMinutes()).toBe(30);
  });
});

const text = (s: string) => Buffer.from(s, 'utf8');

describe('zipFiles: parts of a workbook', () => {
  const files = [
    { name: '[Content_Types].xml', data: text('<Types/>') },
    { name: 'xl/worksheets/sheet1.xml', data: text(`<sheetData>${'<row><c t="s"><v>0</v></c></row>'.repeat(500)}</sheetData>`) },
    { name: 'xl/ชื่อไทย.txt', data: text('คะแนนรวม ๙๖.๔๗') },
    { name: 'xl/empty.bin', data: new Uint8Array(0) },
    { name: 'xl/media/bytes.bin', data: Uint8Array.from({ length: 256 }, (_, i) => i) },
  ];
  const when = new Date(2026, 11, 3, 14, 30, 58);

  test('another reader gets every file back byte for byte, CRC-32 checked, in the order given', async () => {
    const zip = await JSZip.loadAsync(zipFiles(files, { when }), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(files.map((f) => f.name));
    for (const f of files) expect(Buffer.from(await zip.file(f.name)!.async('uint8array'))).toEqual(Buffer.from(f.data));
    expect(zip.file('xl/ชื่อไทย.txt')!.date.getUTCFullYear()).toBe(2026);
  });

  test("the central directory: deflated entries with their true sizes, read by the command line's own reader", () => {
    const entries = zipEntries(Buffer.from(zipFiles(files, { when })))!;
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual(files.map((f) => [f.name, 8, f.data.length]));
    // The repeated sheet XML shrinks to a fraction: it is compressed, not stored.
    expect(entries[1].compressedSize).toBeLessThan(files[1].data.length / 20);
  });

  test('an empty archive is still a whole archive', () => {
    expect(zipEntries(Buffer.from(zipFiles([])))).toEqual([]);
  });
});
