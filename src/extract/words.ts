// The wording of quantitative targets in work reports (comparators, verbs, names' edges; milestones'
// wording is in milestoneWords.ts). Lists, not regular expressions: each is matched at a known position,
// longest word first.
import { lexicon, longestFirst } from './text';

/** Before the number: at least. */
export const AT_LEAST_BEFORE = [
  '不少于',
  '不低于',
  '不小于',
  '至少',
  '超过',
  '突破',
  '超',
  '达到',
  '达',
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '增加到',
  '增加至',
  '增长到',
  '增长至',
  '增至',
  '力争',
];
/** Before the number: at most. */
export const AT_MOST_BEFORE = [
  '不超过',
  '不高于',
  '不多于',
  '不大于',
  '控制在',
  '低于',
  '降至',
  '降到',
  '下降到',
  '下降至',
  '降低到',
  '降低至',
  '减少到',
  '减少至',
  '压减到',
  '压减至',
  '压缩到',
  '压缩至',
  '减至',
];
/** Before the number: hold a level (at least, kind level). */
export const HOLD_BEFORE = ['稳定在', '保持在', '维持在', '稳定', '保持'];
export const ABOUT_BEFORE = ['约', '大约'];
export const PREFIX_COMPARATORS = longestFirst([
  ...AT_LEAST_BEFORE,
  ...AT_MOST_BEFORE,
  ...HOLD_BEFORE,
  ...ABOUT_BEFORE,
]);

/** After the number and unit. */
export const AT_LEAST_AFTER = ['以上', '及以上'];
export const AT_MOST_AFTER = ['以内', '之内', '以下', '及以下'];
export const ABOUT_AFTER = ['左右', '上下'];
export const SUFFIX_COMPARATORS = longestFirst([...AT_LEAST_AFTER, ...AT_MOST_AFTER, ...ABOUT_AFTER]);

/** Growth and decrease verbs directly before a rate: 增长7%, 下降2%. */
export const INCREASE_VERBS = ['增长', '增加', '提高', '提升', '上升', '增幅', '增速', '增'];
export const DECREASE_VERBS = ['下降', '减少', '降低', '压减', '压降', '减', '降'];
export const RATE_VERBS = longestFirst([...INCREASE_VERBS, ...DECREASE_VERBS]);

/** Words between a verb and its number: 完成好3017亩, 分别增长, 共计. */
export const FILLERS = longestFirst(['分别', '好', '共计', '总计', '合计', '共', '再', '约', '各', '为']);

/** Verbs whose object is counted: "新建一个农贸市场", "引进2-3个项目": the number right after
 * the verb is the target even when a noun follows it. */
export const HEAD_VERBS = longestFirst([
  '完成',
  '新建',
  '新增',
  '新造',
  '新开工',
  '新培育',
  '新引进',
  '新发展',
  '新认定',
  '新改建',
  '新改扩建',
  '改扩建',
  '改建',
  '扩建',
  '新设',
  '增设',
  '改造',
  '提升改造',
  '建设',
  '建成',
  '建好',
  '创建',
  '创成',
  '争创',
  '打造',
  '引进',
  '引入',
  '招引',
  '签约',
  '培育',
  '发展',
  '认证',
  '扶持',
  '抓好',
  '办好',
  '办成',
  '实施',
  '开工',
  '建立',
  '组建',
  '举办',
  '开展',
  '培训',
  '转移',
  '带动',
  '帮扶',
  '安置',
  '硬化',
  '整治',
  '修复',
  '种植',
  '栽植',
  '植树',
  '造林',
  '推广',
  '申报',
  '争取',
  '认定',
  '回引',
  '吸引',
  '吸纳',
  '招募',
  '招聘',
  '解决',
  // Social governance: 化解信访积案20件, 办结群众诉求1200件, 调处矛盾纠纷150起.
  '化解',
  '办结',
  '办理',
  '调处',
  '调解',
  '受理',
  '处置',
  '查处',
  '落实',
  '消除',
  '清理',
  '拆除',
  '盘活',
  '流转',
  '发放',
  '救助',
  '资助',
  '接待',
  '提供',
  '开发',
  '创造',
  '设立',
  '配备',
  '安装',
  '铺设',
  '维修',
  '疏浚',
  '加固',
  '新增加',
  '增加',
  '减少',
  '降低',
  '推进',
  '推动',
  '促成',
  '打通',
  '新打',
  '新修',
  '修建',
  '新改',
  '推出',
  '填补',
  '清洗',
  '治理',
  '新栽',
  '补植',
  '更换',
  '建设完成',
]);

/** Verbs dropped from an indicator's name: "完成粮食生产面积3.2万亩" -> 粮食生产面积. Verbs not
 * listed (新建, 新增, 引进, 改造, 认证…) stay: they say what is counted. */
export const NAME_DROP_VERBS = new Set([
  '完成',
  '实现',
  '达到',
  '发展',
  '实施',
  '抓好',
  '办好',
  '办成',
  '创建',
  '创成',
  '争创',
  '打造',
  '建设',
  '扶持',
  '开展',
  '争取',
]);

/** The year's time words and the report's resolve (全年, 力争): a name never starts with them, a target may follow them. */
const THIS_YEAR_RESOLVE = ['全年', '年内', '今年', '当年', '力争', '确保'];

/** A clause holding one of these (before the number) is about the year's work: its end-of-clause
 * numbers are targets ("新造油茶林800亩"). */
export const TAIL_GATES = [
  ...HEAD_VERBS,
  '提升',
  '提高',
  '达到',
  '突破',
  ...THIS_YEAR_RESOLVE,
  '计划',
  '预计',
  '目标',
  '招商',
  '引资',
  '投资',
  '投入',
  '到位',
  '出栏',
  '存栏',
  '播种',
  '养殖',
  '实现',
  '其中',
  '每个',
  '每村',
  // 稳定粮食产量1.2亿斤: holding a figure is the year's work too.
  '稳定',
  '稳住',
  '保持',
];

/** A task done on a cycle: every month, or more often (每周, 每旬, 每天: the monthly report says whether
 * the month's rounds were done), or quarterly and half-yearly. Its figure (每月至少开展2次) is no year's
 * count: the task is a recurring milestone. */
export const CYCLES = lexicon([
  '每月',
  '每个月',
  '每周',
  '每旬',
  '每天',
  '每日',
  '每季度',
  '每个季度',
  '每季',
  '每半年',
]);

/** The months a task on a cycle falls due in, by its word (every month when absent); also the
 * reporting months of a figure monitored on a cycle (居民人均可支配收入按季度监测). */
export const DUE_MONTHS: Record<string, number[]> = {
  每季度: [3, 6, 9, 12],
  每个季度: [3, 6, 9, 12],
  每季: [3, 6, 9, 12],
  每半年: [6, 12],
  按季度: [3, 6, 9, 12],
  按季: [3, 6, 9, 12],
  分季度: [3, 6, 9, 12],
  按半年: [6, 12],
};
/** A figure reported on a cycle: 按季度监测, 按季统计 (每季度 before a figure makes it a recurring task). */
export const REPORTED_ON_CYCLE = lexicon(['按季度', '按季', '分季度', '按半年']);

/** A paragraph introducing its targets: "主要预期目标是：…；…". */
export const GOAL_INTROS = lexicon(['目标是', '目标为', '预期目标', '主要目标', '目标任务是', '任务是', '指标是']);

/** Signs that a clause reports the past, not a target. */
export const PAST_MARKERS = lexicon([
  '已经',
  '已',
  '去年',
  '过去',
  '完成了',
  '实现了',
  '增长了',
  '达到了',
  '新增了',
  '建成了',
  '同比下降了',
  '截至目前',
  '目前',
  '现有',
  '拥有',
  '共有',
  '下辖',
  '现辖',
]);
/** 比上年增长 is a target's baseline, not the past. */
export const BASELINE_BEFORE = lexicon(['比', '较', '同', '与']);

/** Leading words stripped from a name: adverbs, time words, the report's exhortations. */
export const LEAD_STRIP = longestFirst([
  ...THIS_YEAR_RESOLVE,
  '争取',
  '全力以赴',
  '全力',
  '努力',
  '积极',
  '大力',
  '全面',
  '持续',
  '加快推进',
  '全力推进',
  '积极推进',
  '稳步推进',
  '扎实推进',
  '加快',
  '扎实',
  '深入',
  '切实',
  '着力',
  '进一步',
  '不折不扣',
  '坚决',
  '稳步',
  '有序',
  '继续',
  '力求',
  '计划',
  '预计',
  '全镇',
  '全县',
  '全市',
  '全区',
  '全乡',
  '再',
  '共',
  '同时',
  '并',
  '另',
  '其中',
  '高质量',
  '高标准',
  '顺利',
  '按期',
  '如期',
  '尽快',
  '抓紧',
  '推进',
  '推动',
  '实行',
  '分别',
  '要',
  '将',
  '使',
  '促进',
  '带动',
]);

/** Abstract objects: "四个意识", "三个方面" are not counted things. */
export const ABSTRACT_OBJECTS = [
  '转向',
  '一批',
  '方面',
  '层面',
  '环节',
  '领域',
  '维度',
  '原则',
  '理念',
  '意识',
  '本领',
  '能力',
  '作风',
  '不',
  '月',
  '小时',
  '工作日',
  '确立',
  '维护',
  '务必',
  '自信',
  '全面',
];

/** Words that end an object's name: "引进2-3个优质工业项目落户小江" -> 优质工业项目. */
export const OBJECT_STOPS = longestFirst([
  '落户',
  '落地',
  '建成',
  '投产',
  '入驻',
  '实现',
  '达到',
  '带动',
  '发挥',
  '形成',
  '提升',
  '改善',
  '进一步',
  '并',
  '等',
]);
