// Social-governance targets (review4 X13): 化解/办结/调处/落实 head a counted object like 新建 or 引进.
// A missing candidate is the worst extraction failure: the statistician reviews only what is listed.
import { extractTargets } from '../../src/extract';

const found = (text: string) =>
  extractTargets(text)
    .filter((c) => c.kind === 'quantity')
    .map((c) => [c.name, c.suggestedKind, c.value, c.unit]);

test.each([
  ['化解信访积案20件。', '化解信访积案', 20, '件'],
  ['办结群众诉求1200件。', '办结群众诉求', 1200, '件'],
  ['调处矛盾纠纷150起。', '调处矛盾纠纷', 150, '起'],
  ['落实耕地地力保护补贴2800万元。', '落实耕地地力保护补贴', 2800, '万元'],
])('%s is a yearly flow', (text, name, value, unit) => {
  expect(found(text)).toEqual([[name, 'cumulative', value, unit]]);
});

test('a duty with no figure is no target', () => {
  expect(found('全面落实河长制，及时化解矛盾纠纷。')).toEqual([]);
});
