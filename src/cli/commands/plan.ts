import { term } from '../output';
import { KIND_WORDS } from '../../progress/vocabulary';
import type { IndicatorKind } from '../../plan/types';
import type { Command } from 'commander';
import type { Plan } from '../../plan';
import { loadPlan } from '../plan-file';
import { planToJson } from '../../plan';
import { draftNextYearPlan } from '../../actions/regenerate';
import { UserError } from '../../plan/message';
import { targetText } from '../../extract/describe';
import { deadlineText } from '../../template/target';
import { BOTTOM_LINE_KIND } from '../../template/ledger';
import { checkOutPath, openWorkbook, writeFileAtomic } from '../io';

interface PlanOptions {
  plan?: string;
  json?: boolean;
  from?: string;
  nextYear?: boolean;
  blankTargets?: boolean;
  out?: string;
  force?: boolean;
}

/** plan --from THIS_YEAR.xlsx --next-year --out NEXT.json: a draft of next year's plan. */
async function draftNext(opts: PlanOptions & { from: string }): Promise<void> {
  if (!opts.nextYear) throw new UserError({ zh: '--from 需要 --next-year', en: '--from needs --next-year' });
  if (!opts.out || !/\.json$/i.test(opts.out))
    throw new UserError({ zh: '请用 --out 指定 .json 文件', en: 'give --out NEXT.json' });
  const path = checkOutPath(opts.out, { force: opts.force, inputs: [opts.from] });
  const host = await openWorkbook(opts.from);
  let plan;
  let lines;
  try {
    ({ plan, lines } = await draftNextYearPlan(host, { targets: opts.blankTargets ? 'blank' : 'carry' }));
  } catch (e) {
    if (e instanceof UserError)
      throw new UserError({ zh: `${opts.from}：${e.text.zh}`, en: `${opts.from}: ${e.text.en}` }, e.details);
    throw e;
  }
  writeFileAtomic(path, planToJson(plan));
  const withLastYear = plan.indicators.filter((i) => i.lastYear).length;
  term.stdout(
    `已写出${plan.year}年计划草稿 / next year's draft plan written: ${path}\n` +
      `  ${plan.indicators.length}项指标，${opts.blankTargets ? '目标待填' : '目标沿用（调整过的用调整后目标）'}，截止月份已清空，` +
      `${withLastYear}项带入上年同期数 / ${plan.indicators.length} indicators, targets ${opts.blankTargets ? 'blank' : 'carried'}, deadlines cleared, last year's figures in ${withLastYear}\n` +
      lines.map((l) => `  ${l.zh} / ${l.en}\n`).join(''),
  );
}

/** The plan in the CLI's JSON shape: milestones carry value null. */
export function planJson(plan: Plan) {
  return {
    year: plan.year,
    unitName: plan.unitName,
    sections: plan.sections.map((s) => ({ id: s.id, title: s.title })),
    indicators: plan.indicators.map((i) => ({
      code: i.code,
      section: i.section,
      name: i.name,
      kind: i.kind,
      unit: i.unit,
      comparator: i.comparator,
      value: i.value,
      max: i.max,
      direction: i.direction,
      deadlineMonth: i.deadlineMonth,
      responsible: i.responsible,
    })),
  };
}

const KIND_ZH = (kind: IndicatorKind): string => KIND_WORDS[kind].zh;

export function register(program: Command): void {
  program
    .command('plan')
    .description('打印计划（默认为内置的小江镇2023年计划）/ print the normalized plan (the seed plan by default)')
    .option('--plan <file>', '计划文件 plan.json / a plan file')
    .option('--json', '以JSON输出 / print JSON')
    .option('--from <file>', '本年度工作簿（与 --next-year 一起）/ this year’s workbook (with --next-year)')
    .option('--next-year', '由本年度指标库起草下一年度计划 / draft next year’s plan from this year’s 指标库')
    .option('--blank-targets', '目标留空待填 / leave the targets blank to fill in')
    .option('--out <file>', '计划草稿 .json / the draft plan file')
    .option('--force', '覆盖已有文件 / overwrite an existing file')
    .action(async (opts: PlanOptions) => {
      if (opts.from || opts.nextYear) {
        if (!opts.from)
          throw new UserError({
            zh: '--next-year 需要 --from 本年度工作簿',
            en: '--next-year needs --from THIS_YEAR.xlsx',
          });
        await draftNext({ ...opts, from: opts.from });
        return;
      }
      const plan = loadPlan(opts.plan);
      if (opts.json) {
        term.stdout(JSON.stringify(planJson(plan), null, 2) + '\n');
        return;
      }
      const lines = [`${plan.unitName} ${plan.year}年 目标任务（${plan.indicators.length}项）`];
      for (const s of plan.sections) {
        lines.push(`\n${s.id}. ${s.title}`);
        for (const i of plan.indicators.filter((x) => x.section === s.id)) {
          const target =
            i.kind === 'milestone'
              ? deadlineText(i)
              : targetText({
                  ...i,
                  kind: 'quantity',
                  suggestedKind: i.kind,
                  direction: i.direction === 'decrease' ? 'decrease' : null,
                });
          const part = i.parent ? '其中' : '';
          lines.push(
            `  ${i.code.padEnd(7)} [${i.bottomLine ? BOTTOM_LINE_KIND : KIND_ZH(i.kind)}] ${part}${i.name}：${target}${i.responsible ? `（${i.responsible}）` : ''}`,
          );
        }
      }
      term.stdout(lines.join('\n') + '\n');
    });
}
