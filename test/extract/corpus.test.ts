// The corpus scores (test/extract/corpus/RUBRIC.md) stay at or above what was measured when the
// issue 16 wordings landed: tuned reports, held-out reports, and every report's own figures.
import { corpusIds, scoreReport, totals } from './corpus/score';

const scores = corpusIds().map(scoreReport);

describe('extraction corpus', () => {
  test('ten reports from six provinces, four held out', () => {
    expect(scores).toHaveLength(10);
    expect(scores.filter((s) => s.heldOut)).toHaveLength(4);
  });

  test('tuned reports: every target exact, no false target, every milestone with its month', () => {
    expect(totals(scores.filter((s) => !s.heldOut))).toEqual({
      recall: 1,
      precision: 1,
      milestones: 1,
      milestoneMonths: 1,
    });
  });

  test('held-out reports: recall and precision 1, milestones at least 0.9', () => {
    const held = totals(scores.filter((s) => s.heldOut));
    expect(held.recall).toBe(1);
    expect(held.precision).toBe(1);
    expect(held.milestones).toBeGreaterThanOrEqual(0.9);
  });

  test.each(scores.map((s) => [s.id, s]))('%s: nothing missed, nothing false', (_id, s) => {
    expect(s.missed).toEqual([]);
    expect(s.falseTargets).toEqual([]);
  });
});
