import { EMAIL_PATTERN, isEmail, readAddresses, splitAddresses } from '../../src/core/email';
import { checkDivisions } from '../../src/core/sharing';
import { divisionsFromGrid } from '../../src/core/pipeline';
import { divisionsSchema, parseArg } from '../../src/gas/args';
import { isEmail as sidebarIsEmail, splitEmails } from '../../sidebar/parse';

describe('the e-mail rule', () => {
  test.each(["o'brien@x.go.th", 'first.last+ita@sub.example.go.th', 'saraban_1@moph.go.th', 'a-b@lamphun.go.th', `${'a'.repeat(64)}@x.go.th`])(
    '%s is an address',
    (text) => expect(isEmail(text)).toBe(true),
  );

  test.each([
    'a@b',
    'a@@b.com',
    '<img@x.com>',
    'a b@x.go.th',
    'a,b@x.go.th',
    'a;b@x.go.th',
    '.a@x.go.th',
    'a.@x.go.th',
    'a..b@x.go.th',
    'a@x..go.th',
    'a@-x.go.th',
    'a@x.go.th.',
    'kru at school',
    `${'a'.repeat(65)}@x.go.th`,
    `a@${['x', 'y', 'z', 'w', 'v'].map((c) => c.repeat(60)).join('.')}.go.th`, // 314 characters
  ])('%s is not', (text) => expect(isEmail(text)).toBe(false));

  test("the sidebar, the server's argument check and sharing agree (o'brien passes all three, a..b none)", () => {
    const division = (email: string) => [{ name: 'กองคลัง', emails: [email] }];
    expect(sidebarIsEmail("o'brien@x.go.th")).toBe(true);
    expect(parseArg(divisionsSchema, division("o'brien@x.go.th"), 'divisions')).toEqual(division("o'brien@x.go.th"));
    expect(() => checkDivisions(division("o'brien@x.go.th"))).not.toThrow();
    expect(sidebarIsEmail('a..b@x.go.th')).toBe(false);
    expect(() => parseArg(divisionsSchema, division('a..b@x.go.th'), 'divisions')).toThrow('อีเมลลำดับที่ 1 ("a..b@x.go.th") ต้องเป็นอีเมล');
    expect(() => checkDivisions(division('a..b@x.go.th'))).toThrow('อีเมลของหน่วยงาน "กองคลัง" ไม่ถูกต้อง: "a..b@x.go.th"');
    expect(EMAIL_PATTERN.test("o'brien@x.go.th")).toBe(true);
  });
});

describe('the address splitter', () => {
  test('commas, semicolons, line breaks, spaces between addresses', () => {
    expect(splitAddresses('a@x.go.th, b@y.go.th; c@z')).toEqual(['a@x.go.th', 'b@y.go.th', 'c@z']);
    expect(splitAddresses('a@x.go.th\r\nb@y.go.th;;\n c@y.go.th d@y.go.th')).toEqual(['a@x.go.th', 'b@y.go.th', 'c@y.go.th', 'd@y.go.th']);
  });

  test('an address book\'s "Name <address>" gives the address; text without an @ stays whole', () => {
    expect(splitAddresses('สมชาย ใจดี <somchai@x.go.th>, "Finance" <finance@x.go.th>')).toEqual(['somchai@x.go.th', 'finance@x.go.th']);
    expect(splitAddresses('kru at school, <d@x.go.th> nope')).toEqual(['kru at school', 'd@x.go.th', 'nope']);
  });

  test('checked: repeats in any case dropped, what is not an address reported as typed', () => {
    expect(readAddresses('a@x.go.th, A@X.GO.TH; kru at school; c@z')).toEqual({ emails: ['a@x.go.th'], invalid: ['kru at school', 'c@z'] });
    expect(splitEmails).toBe(readAddresses);
  });

  test('the divisions sheet (add-on and command line) reads its e-mail column with it', () => {
    const grid = [
      ['หน่วยงาน', 'อีเมล'],
      ['กองคลัง', 'สมศรี <somsri@x.go.th>; b@x.go.th\nc@x.go.th'],
      ['กองช่าง', 'kru at school'],
    ];
    expect(divisionsFromGrid(grid)).toEqual([
      { name: 'กองคลัง', emails: ['somsri@x.go.th', 'b@x.go.th', 'c@x.go.th'] },
      { name: 'กองช่าง', emails: ['kru at school'] },
    ]);
  });
});
