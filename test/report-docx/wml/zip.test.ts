import JSZip from 'jszip';
import { zipFiles } from '../../../src/report-docx/wml/zip';

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
      new Date(2026, 11, 3, 14, 30, 10),
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
