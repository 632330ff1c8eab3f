import { editionForYear } from '../../src/core/editions';
import { everyToolAtLeast, rate } from '../../src/core/rating';

const letters = editionForYear(2565);
const pass = editionForYear(2568);
const tools = (IIT: number, EIT1: number, EIT2: number, OIT: number) => ({ IIT, EIT1, EIT2, OIT });

describe('levels', () => {
  test.each([
    [100, 'AA'],
    [95, 'AA'],
    [94.99, 'A'],
    [85, 'A'],
    [84.99, 'B'],
    [75, 'B'],
    [74.99, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [55, 'D'],
    [54.99, 'E'],
    [50, 'E'],
    [49.99, 'F'],
    [0, 'F'],
  ])('2561–2565 band of %p is %p', (total, band) => {
    expect(rate(letters, total).th).toBe(band);
  });

  test('pass levels at their edges', () => {
    expect(rate(pass, 69.99).th).toBe('ต้องปรับปรุงโดยด่วน');
    expect(rate(pass, 70).th).toBe('ต้องปรับปรุง');
    expect(rate(pass, 84.99).en).toBe('Needs improvement');
    expect(rate(pass, 85, tools(85, 85, 85, 85)).th).toBe('ผ่านดี');
    expect(rate(pass, 85, tools(85, 84.99, 100, 85)).th).toBe('ผ่าน');
    expect(rate(pass, 95, tools(95, 95, 95, 95)).th).toBe('ผ่านดีเยี่ยม');
    expect(rate(pass, 95, tools(100, 95, 94.99, 100)).th).toBe('ผ่านดี');
    expect(rate(pass, 96.47, tools(99.08, 95.37, 96.3, 95)).en).toBe('Pass – excellent');
    expect(rate(pass, 94.99, tools(95, 95, 95, 95)).th).toBe('ผ่านดี');
  });

  test('EIT known only as a mean decides when it can, refuses when it cannot', () => {
    // mean 84.9 < 85: a part must be below 85
    expect(everyToolAtLeast(pass, { IIT: 90, EIT: 84.9, OIT: 90 }, 85)).toBe(false);
    // mean 95.84: the lower part is at least 91.68, so ≥ 85 holds but ≥ 95 is open
    expect(everyToolAtLeast(pass, { IIT: 99.08, EIT: 95.84, OIT: 95 }, 85)).toBe(true);
    expect(everyToolAtLeast(pass, { IIT: 99.08, EIT: 95.84, OIT: 95 }, 95)).toBeUndefined();
    // a known tool below the bar decides regardless of EIT
    expect(everyToolAtLeast(pass, { IIT: 94.47, EIT: 96.01, OIT: 82.5 }, 85)).toBe(false);
  });

  test('example 002 from indicators: ผ่าน, because OIT 82.5 < 85', () => {
    expect(rate(pass, 90.15, { IIT: 94.47, EIT: 96.01, OIT: 82.5 }).th).toBe('ผ่าน');
  });

  test('undecidable levels name the scores needed', () => {
    expect(() => rate(pass, 96.47, { IIT: 99.08, EIT: 95.84, OIT: 95 })).toThrow('ระดับผลการประเมินขึ้นกับว่า EIT ส่วนที่ 1 และส่วนที่ 2 ได้ 95 ขึ้นไปทั้งคู่หรือไม่');
    expect(() => rate(pass, 90)).toThrow('give the 4 tool scores (IIT, EIT part 1, EIT part 2, OIT)');
    // below 85 needs no tools
    expect(rate(pass, 80).th).toBe('ต้องปรับปรุง');
  });
});
