// Extraction speed: the seed report, a 1 MB report (the seed repeated) and 100,000 characters
// built to make a backtracking matcher stall.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTargets } from '../src/extract';
import { corpusIds, scoreReport, totals } from '../test/extract/corpus/score';

export const title = 'Extraction: report text -> candidate targets';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(text: string, runs: number): { ms: number; candidates: number } {
  let candidates = 0;
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    candidates = extractTargets(text).length;
    times.push(performance.now() - t0);
  }
  return { ms: Math.round(median(times) * 100) / 100, candidates };
}

/** Corpus scores (test/extract/corpus/RUBRIC.md): per report and pooled, tuned and held-out apart. */
function corpus(): Record<string, unknown> {
  const scores = corpusIds().map(scoreReport);
  const out: Record<string, unknown> = {};
  for (const s of scores) {
    out[`corpus ${s.id}${s.heldOut ? ' (held out)' : ''}`] =
      `targets ${s.found}/${s.targets}, false ${s.falseTargets.length}/${s.candidates}, ` +
      `milestones ${s.milestonesFound}/${s.milestones} (month right ${s.milestoneMonthsRight})` +
      (s.missed.length ? `; missed: ${s.missed.join(' | ')}` : '') +
      (s.falseTargets.length ? `; false: ${s.falseTargets.join(' | ')}` : '') +
      (s.missedMilestones.length ? `; missed milestones: ${s.missedMilestones.join(' | ')}` : '');
  }
  out['corpus tuned'] = totals(scores.filter((s) => !s.heldOut));
  out['corpus held out'] = totals(scores.filter((s) => s.heldOut));
  out['corpus all'] = totals(scores);
  return out;
}

export async function run(): Promise<Record<string, unknown>> {
  if (process.argv.includes('--corpus')) return corpus();
  const seed = readFileSync(join(__dirname, '../seeds/xiaojiang-2023/work-report.txt'), 'utf8');
  let big = '';
  while (big.length < 1_000_000) big += seed + '\n';
  const adversarial = '1以上'.repeat(33_334);
  const listed = '新建1个以上，增长2%以上；'.repeat(7_700);
  time(seed, 30); // warm up the JIT
  const s = time(seed, 21);
  const b = time(big, 3);
  const a = time(adversarial, 3);
  const l = time(listed, 3);
  return {
    ...corpus(),
    seedChars: seed.length,
    seedMs: s.ms,
    seedCandidates: s.candidates,
    oneMbChars: big.length,
    oneMbMs: b.ms,
    oneMbCandidates: b.candidates,
    oneMbCharsPerMs: Math.round(big.length / b.ms),
    digitsAndYishang100kMs: a.ms,
    digitsAndYishang100kCandidates: a.candidates,
    targets100kMs: l.ms,
    targets100kCandidates: l.candidates,
  };
}
