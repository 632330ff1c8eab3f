import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { useNativeZip } from '../../src/cli/native-zip';
import { zipFiles } from '../../src/report-docx/zip';

test("the command line's archives are deflated by Node's zlib, and read back whole", async () => {
  useNativeZip();
  const text = new TextEncoder().encode('ตารางที่ ๑ เครื่องมือการประเมิน ตัวชี้วัด และน้ำหนัก '.repeat(300));
  const bytes = zipFiles([{ name: 'word/document.xml', data: text }]);
  // The entry's data is exactly what zlib gives (30-byte header and the 17-character name before it).
  const native = deflateRawSync(text, { level: 6 });
  expect(Buffer.from(bytes.subarray(47, 47 + native.length)).equals(native)).toBe(true);
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  expect(await zip.file('word/document.xml')!.async('uint8array')).toEqual(text);
});
