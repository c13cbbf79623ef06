import type { Command } from 'commander';
import type { Plan } from '../../plan';
import { loadPlan } from '../plan-file';

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

const COMPARATOR_ZH: Record<string, string> = { '>=': '以上', '<=': '以内', between: '区间', approx: '左右' };
const KIND_ZH: Record<string, string> = { cumulative: '累计', level: '存量', rate: '增速', milestone: '节点' };

export function register(program: Command): void {
  program
    .command('plan')
    .description('打印计划（默认为内置的小江镇2023年计划）/ print the normalized plan (the seed plan by default)')
    .option('--plan <file>', '计划文件 plan.json / a plan file')
    .option('--json', '以JSON输出 / print JSON')
    .action((opts: { plan?: string; json?: boolean }) => {
      const plan = loadPlan(opts.plan);
      if (opts.json) {
        process.stdout.write(JSON.stringify(planJson(plan), null, 2) + '\n');
        return;
      }
      const lines = [`${plan.unitName} ${plan.year}年 目标任务（${plan.indicators.length}项）`];
      for (const s of plan.sections) {
        lines.push(`\n${s.id}. ${s.title}`);
        for (const i of plan.indicators.filter((x) => x.section === s.id)) {
          const target =
            i.kind === 'milestone'
              ? i.recurring
                ? '每月'
                : i.deadlineMonth
                  ? `${i.deadlineMonth}月底前`
                  : '年内'
              : i.comparator === 'between'
                ? `${i.value}-${i.max}${i.unit}`
                : `${i.value}${i.unit}${COMPARATOR_ZH[i.comparator]}`;
          lines.push(
            `  ${i.code.padEnd(7)} [${KIND_ZH[i.kind]}] ${i.name}：${target}${i.responsible ? `（${i.responsible}）` : ''}`,
          );
        }
      }
      process.stdout.write(lines.join('\n') + '\n');
    });
}
