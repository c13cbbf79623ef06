// Assigns the offices a statistician would to the draft plan `extract` wrote (plan.json, in place).
const fs = require('node:fs');
const file = process.argv[2];
const p = JSON.parse(fs.readFileSync(file, 'utf8'));
const bySection = { 0: '镇经济发展办', 1: '镇经济发展办', 2: '镇农业农村办', 3: '镇生态环境办', 4: '镇社会事务办' };
for (const i of p.indicators) i.responsible = bySection[i.section];
const by = (n) => {
  const x = p.indicators.find((i) => i.name === n);
  if (!x) throw new Error(`no ${n} in the draft`);
  return x;
};
for (const n of ['一般公共预算收入', '一般公共预算收入增长']) by(n).responsible = '镇财政所';
for (const n of ['不发生重大森林火灾', '植树造林', '森林覆盖率']) by(n).responsible = '镇林业站';
for (const n of ['生产安全事故死亡人数', '每季度开展一次安全生产大排查']) by(n).responsible = '镇应急办';
by('农村危房改造').responsible = '镇村镇建设办、镇农业农村办';
for (const n of ['农村居民人均可支配收入增长', '地区生产总值增长']) by(n).reportMonths = [3, 6, 9, 12];
for (const n of ['规模以上工业增加值增长', '固定资产投资增长', '社会消费品零售总额增长', '单位地区生产总值能耗下降'])
  by(n).reportMonths = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
fs.writeFileSync(file, JSON.stringify(p, null, 2));
