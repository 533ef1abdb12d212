import type { SimulationCatalog } from './simulation-catalog.js';

export const simulationZh: SimulationCatalog = {
  title: (plan, runs, seed) => `${plan} 的模拟：${runs} 次，随机种子 ${seed}`,
  cashOut: (horizon, share, low, high, longest) =>
    `${longest === undefined ? `${horizon} 个月内` : `各次模拟在各自的预测期内（计划为 ${horizon} 个月，抽样最长 ${longest} 个月）`}现金耗尽的概率为 ${share}（95% 区间 ${low}～${high}）。`,
  riskMonths: (levels) => {
    const passed = levels.filter((l) => l.month !== null).map((l) => `第 ${String(l.month)} 个月超过 ${l.level}`);
    const never = levels.filter((l) => l.month === null).map((l) => l.level);
    const parts = [...passed, ...(never.length > 0 ? [`预测期内始终低于 ${never[0] ?? ''}`] : [])];
    return `该风险${parts.join('，')}。`;
  },
  percentilesHeading: '各次模拟的分位数',
  figure: '指标',
  figures: {
    min_cash: '最低现金',
    funding_gap: '融资缺口',
    cash_end: '期末现金',
    customers_end: '期末客户数',
    arr_end: '期末 ARR',
    ltv: 'LTV',
    ltv_to_cac: 'LTV:CAC',
    cac_payback_months: 'CAC 回收期（月）',
    break_even_month: '盈亏平衡月份',
    runway_months: '现金跑道（月）',
  },
  never: '未实现',
  lasts: '撑满全期',
  unbounded: '无上限',
  checksHeading: '检查：各项未通过的模拟占比',
  failShare: (share) => `${share} 的模拟未通过`,
  noChecks: '计划中没有设定检查。',
  driversHeading: '影响最低现金的因素（与其的秩相关系数）',
  fixed: '固定',
  clampedHeading: '移入输入有效范围的抽样',
  clamped: (count, share) => `${count} 次（占模拟的 ${share}）`,
  fanChartRuns: (runs) => `逐月现金和影响因素取自前 ${runs} 次模拟。`,
  cashByMonthHeading: '逐月现金',
  month: '月份',
  cashOutLabel: '现金耗尽概率',
  checkRuns: (runs, seed) => `（模拟 ${runs} 次，随机种子 ${seed}）`,
  progressLabel: '模拟中',
  progressUnit: '次',
};
