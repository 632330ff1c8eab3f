import { unzlibSync } from 'fflate';
import { indicatorChart } from '../../src/report-docx/chart';
import { crc32, encodePng } from '../../src/report-docx/png';

/** Chunks of a PNG in order, each with its CRC checked. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type: String.fromCharCode(...png.subarray(at + 4, at + 8)), data: png.slice(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  test('a 3×2 palette image: header, palette and every pixel back after inflating', () => {
    const png = encodePng({ width: 3, height: 2, pixels: Uint8Array.from([0, 1, 2, 2, 1, 0]), palette: ['#ffffff', '#1f4e79', '#c62828'] });
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([...parts[0].data]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 3, 0, 0, 0]);
    expect([...parts[1].data]).toEqual([255, 255, 255, 0x1f, 0x4e, 0x79, 0xc6, 0x28, 0x28]);
    expect([...unzlibSync(parts[2].data)]).toEqual([0, 0, 1, 2, 0, 2, 1, 0]);
  });

  test('the indicator chart is deflated: a few KB instead of the 721 KB of raw scanlines', () => {
    const bars = Array.from({ length: 10 }, (_, k) => ({ no: k + 1, score: 55 + k * 4.5, pass: k >= 7 }));
    const img = indicatorChart(bars, 85, 'thai');
    const idat = chunks(img.png).find((c) => c.type === 'IDAT')!.data;
    expect(unzlibSync(idat).length).toBe((img.width + 1) * img.height);
    expect(img.png.length).toBeLessThan(20_000);
  });
});
