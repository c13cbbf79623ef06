// Inputs built to break an extractor: long runs of digits and 以上, nothing at all, text without
// targets, and random mixtures of the characters targets are made of. (Speed is measured by
// bench/extract.bench.ts; here the answers are checked.)
import fc from 'fast-check';
import { candidatesToPlan, extractTargets, type Candidate } from '../../src/extract';
import { parsePlan } from '../../src/plan';

/** What every candidate must satisfy, whatever the input: the problems found, none expected. */
function problems(text: string, cands: Candidate[]): string[] {
  const out: string[] = [];
  cands.forEach((c, k) => {
    const bad = (why: string) => out.push(`#${k} ${c.name}: ${why}`);
    if (!(c.source.start >= 0 && c.source.end > c.source.start && c.source.end <= text.length)) bad('span');
    if (text.slice(c.source.start, c.source.end) !== c.source.text) bad('source text');
    if (!['>=', '<=', 'between', 'approx'].includes(c.comparator)) bad('comparator');
    if (c.deadlineMonth !== null && !(c.deadlineMonth >= 1 && c.deadlineMonth <= 12)) bad('month');
    if (c.kind === 'quantity') {
      if (!Number.isFinite(c.value)) bad('value');
      if (!c.unit) bad('unit');
      if (c.comparator === 'between' ? !(c.max! > c.value!) : c.max !== null) bad('max');
    } else if (c.value !== null || c.max !== null) bad('milestone value');
  });
  return out;
}

function expectWellFormed(text: string, cands: Candidate[]) {
  expect(problems(text, cands)).toEqual([]);
}

describe('adversarial inputs', () => {
  test('empty text gives no candidates', () => {
    expect(extractTargets('')).toEqual([]);
  });

  test('100,000 characters of "1以上" give no candidates (no unit, no target)', () => {
    const text = '1以上'.repeat(33_334);
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    expect(extractTargets(text)).toEqual([]);
  });

  test('a 100,000-digit number followed by 以上 is not a figure', () => {
    expect(extractTargets('9'.repeat(100_000) + '以上')).toEqual([]);
    expect(extractTargets('新建' + '9'.repeat(100_000) + '个以上')).toEqual([]);
  });

  test('100,000 characters of digits, units and 以上 with no verb give no candidates', () => {
    const text = '12万亩以上3个以上45%以上'.repeat(6_700);
    expect(text.length).toBeGreaterThan(100_000);
    expect(extractTargets(text)).toEqual([]);
  });

  test('100,000 characters of 以上 and digits between punctuation give well-formed candidates only', () => {
    const text = '新建1个以上，增长2%以上；'.repeat(7_700);
    expect(text.length).toBeGreaterThan(100_000);
    const cands = extractTargets(text);
    expect(cands).toHaveLength(2 * 7_700);
    expect(cands[0]).toMatchObject({ name: '新建', value: 1, unit: '个', comparator: '>=' });
    expectWellFormed(text, cands);
  });

  test('one 100,000-character clause of repeated targets stays well-formed', () => {
    const text = '新建1个农贸市场、'.repeat(11_200);
    const cands = extractTargets(text);
    expect(cands.length).toBe(11_200);
    expectWellFormed(text, cands);
  });

  test('runs of numerals, quotes, 等 and headings give nothing', () => {
    for (const text of ['一'.repeat(100_000), '“'.repeat(100_000), '等'.repeat(100_000), '一、\n'.repeat(30_000)]) {
      expect(extractTargets(text)).toEqual([]);
    }
  });

  test('text with no targets gives no candidates', () => {
    const text = [
      '强化作风建设。驰而不息纠治“四风”，大力践行“一线工作法”，不断提高“七种能力”，增强“八项本领”，',
      '大拼大干、苦干实干、干好干成、干成一流。坚持以人民为中心的发展思想，全面贯彻党的二十大精神，',
      '深入实施“十四五”规划，统筹发展和安全，推动一二三产业融合发展，让干部敢为、地方敢闯、企业敢干。',
      '各位代表！百舸争流奋楫者先，千帆竞发勇进者胜！让我们更加紧密地团结起来，为全面建设社会主义现代化而团结奋斗！',
    ].join('\n');
    expect(extractTargets(text)).toEqual([]);
  });
});

describe('properties over random text made of target words', () => {
  const pieces = [
    '1',
    '2',
    '3.5',
    '１２',
    '一',
    '两',
    '十二',
    '千',
    '万',
    '亿',
    '个',
    '亩',
    '万亩',
    '%',
    '家',
    '以上',
    '以内',
    '左右',
    '-',
    '—',
    '至',
    '、',
    '，',
    '。',
    '\n',
    '新建',
    '完成',
    '增长',
    '下降',
    '分别',
    '稳定在',
    '控制在',
    '不少于',
    '突破',
    '力争',
    '等',
    '的',
    '项目',
    '企业',
    '3月',
    '年内',
    '每月',
    '通过',
    '验收',
    '竣工',
    '“',
    '”',
    '2023年',
    '一、',
    '（一）',
    '第',
  ];
  const report = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((xs) => xs.join(''));

  test('the extractor never throws and every candidate is well-formed', () => {
    fc.assert(
      fc.property(report, (text) => {
        expectWellFormed(text, extractTargets(text));
      }),
      { numRuns: 400 },
    );
  });

  test('every set of candidates makes a plan that parsePlan accepts', () => {
    fc.assert(
      fc.property(report, (text) => {
        const plan = candidatesToPlan(extractTargets(text), { year: 2023, unitName: '测试镇' });
        expect(parsePlan(JSON.parse(JSON.stringify(plan))).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
