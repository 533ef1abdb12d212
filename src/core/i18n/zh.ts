import type { Decimal } from 'decimal.js';
import type { Catalog } from './catalog.js';
import { reportZh } from './report-zh.js';

/** A rate as its exact percent: 8 -> 800%, 0.08 -> 8%. */
const pct = (rate: Decimal) => `${rate.mul(100).toString()}%`;

export const zh: Catalog = {
  locale: 'zh-CN',
  summary: {
    primary: '首要',
    compute: '算力预算',
    fixedCosts: '每月固定成本',
    unitEconomics: '单位经济（每客户每月）',
    contribution: '边际贡献',
    grossMargin: '毛利率',
    inference: 'AI 推理成本',
    inferenceSelfHosted: 'AI 推理（自有 GPU）',
    gpus: {
      heading: '算力',
      selfHosted: '自建推理',
      perCustomer: (own, api) => `每客户 ${own}，API 为 ${api}`,
      cheaper: '比 API 便宜',
      cheaperFrom: (m) => `从第 ${m} 个月起`,
      neverCheaper: '预测期内从未',
      gpusEnd: (h) => `第 ${h} 个月 GPU 数`,
      training: '训练成本',
    },
    ltv: '客户生命周期价值（LTV）',
    ltvDiscounted: '折现 LTV',
    ltvToCac: 'LTV:CAC',
    payback: 'CAC 回收期',
    months: (n) => `${n} 个月`,
    breakEven: '盈亏平衡',
    steadyState: '稳态',
    revenuePerMonth: (amount) => `月收入 ${amount}`,
    projection: '月度预测',
    breakEvenCustomers: (n) => `${n} 个客户`,
    breakEvenMonth: (m) => `第 ${m} 个月实现盈亏平衡`,
    noBreakEvenMonth: (h) => `${h} 个月内未实现盈亏平衡`,
    cash: '现金',
    runwayLabel: '现金跑道',
    lowestCash: '最低现金',
    runway: (m) => `${m} 个月：第 ${Number(m) + 1} 个月现金降到零以下`,
    lasts: (h) => `可支撑整个 ${h} 个月的预测期`,
    minCash: (amount, month) => `${amount}（第 ${month} 个月）`,
    fundingGap: '资金缺口',
    customersEnd: (h) => `第 ${h} 个月客户数`,
    fundingTotal: '计划融资',
    cashEnd: (h) => `第 ${h} 个月现金`,
    arrEnd: (h) => `第 ${h} 个月 ARR`,
    peakBurn: '单月最大消耗',
    burnMultiple: '烧钱倍数',
    burnBand: (m, band) => `${m}（${{ excellent: '低于 1：优秀', good: '1-1.5：良好', suspect: '1.5-2：值得警惕', bad: '高于 2：偏差' }[band]}，David Sacks）`,
    defaultAlive: '不靠融资能否存活',
    alive: '能：不算任何融资，现金够用，且最后一个月盈利',
    deadByCash: (r) => `不能：不算融资，现金只够 ${r} 个月`,
    deadByLoss: '不能：不算融资，最后一个月仍在亏损',
    yes: '是',
    no: '否',
    checks: '检查',
    warnings: '警告',
    none: '无',
  },
  checks: {
    ltv_to_cac_min: 'LTV:CAC 不低于',
    cac_payback_months_max: 'CAC 回收期不超过（月）',
    break_even_month_max: '盈亏平衡不晚于第几个月',
    runway_months_min: '现金跑道不少于（月）',
    gross_margin_min: '毛利率不低于',
    funding_gap_max: '资金缺口不超过',
    burn_multiple_max: '烧钱倍数不超过',
    require_default_alive: '不靠融资也能存活（default alive）',
  },
  checkWhenNull: {
    ltv_to_cac_min: '无上限（CAC 为 0）',
    cac_payback_months_max: '永不回收（边际贡献不为正）',
    break_even_month_max: '预测期内未实现',
    runway_months_min: '现金可支撑整个预测期',
    gross_margin_min: '未计算',
    funding_gap_max: '未计算',
    burn_multiple_max: '无：第一年未新增 ARR',
    require_default_alive: '未计算',
  },
  warnings: {
    zero_churn: () => '流失率为 0，因此 LTV 为空：永不流失的客户没有有限的生命周期。请填写预期流失率，哪怕是 "0.5%"。',
    non_positive_contribution: (w, money) =>
      `每客户每月边际贡献为 ${money(w.contribution)}：服务一个客户的成本高于其付费，因此 LTV 为负，CAC 回收期和盈亏平衡点为空。请提高价格，或降低服务与推理成本。`,
    zero_cac: () => 'CAC 为 0，因此 LTV:CAC 为空。如果获客确实不花钱，可忽略此提示；否则请填写获取一个客户的真实成本。',
    no_break_even: (w) => `预测在 ${w.horizon} 个月内未实现盈亏平衡，因此 break_even_month 为空。请延长 growth.horizon_months，或改善单位经济。`,
    cash_runs_out: (w, money) => `现金将在第 ${w.month} 个月降到零以下。请至少融资 ${money(w.fundingGap)}（资金缺口），或降低消耗。`,
    cash_runs_out_with_rounds: (w, money) =>
      `即使算上计划的融资，现金仍将在第 ${w.month} 个月降到零以下。请在第 ${w.month} 个月之前再融资 ${money(w.fundingGap)}（资金缺口），或降低消耗。`,
    round_too_late: (w) =>
      `第 ${w.month} 个月的融资"${w.round}"晚了 ${w.late} 个月：现金在第 ${w.cashOutMonth} 个月已降到零以下。请在第 ${w.cashOutMonth} 个月之前完成，或先做一笔过桥融资。`,
    beyond_horizon: (w) =>
      `${{ hire: '招聘', cost: '计划支出', training: '训练', round: '融资' }[w.kind]}"${w.name}"在第 ${w.month} 个月，晚于 ${w.horizon} 个月的预测期，因此不计入任何数字。请延长 growth.horizon_months，或把它提前。`,
    customers_beyond_people: (w) =>
      `客户数在第 ${w.month} 个月超过 100 亿，比世界人口还多。请检查 new_customers_monthly 和 new_customers_growth_monthly。`,
    self_hosting_never_cheaper: (w) =>
      `在 ${w.horizon} 个月的预测期内，自建 GPU（含运维）始终不比 API 便宜。请检查 GPU 价格、吞吐量、利用率和 min_gpus，或继续使用 API。`,
    self_hosting_dearer_at_horizon: (w, money) =>
      `按第 ${w.horizon} 个月的用量，自建每客户每月成本 ${money(w.selfHosted)}，高于 API 的 ${money(w.api)}：token 降价让 API 重新更便宜。请检查 GPU 价格与吞吐量，或计划切回 API。`,
    utilization_high: (w) =>
      `GPU 利用率 ${w.utilization.mul(100).toString()}% 几乎没有应对高峰的余量：超过 85% 时，流量一旦激增请求就会排队。建议按 60%-80% 规划，或增加 GPU。`,
    training_beyond_cash: (w, money) =>
      `第 ${w.month} 个月的训练"${w.what}"需要 ${money(w.cost)}，超过当月可用现金 ${money(w.cash)}。请在此之前融资、推迟训练，或缩小规模。`,
    implausible_rate: (w) =>
      `${w.key}${w.line === undefined ? '' : `（第 ${w.line} 行）`}为每${w.per === 'month' ? '月' : '年'} ${pct(w.value)}，超过合理上限 ${pct(w.max)}。如果你想写 ${pct(w.meant)}，请写成 "${pct(w.meant)}" 或 ${w.meant.toString()}：不带百分号的 ${w.value.toString()} 表示 ${pct(w.value)}。`,
    fixed_costs_below_team: (w, money) =>
      `每月固定成本（resources.fixed_costs_monthly）为 ${money(w.fixed)}，低于团队薪酬与算力预算之和 ${money(w.teamAndCompute)}。固定成本应包含这两项：请把它提高到至少 ${money(w.teamAndCompute)}，或修正团队或算力预算。`,
  },
  report: reportZh,
};
