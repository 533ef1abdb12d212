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
    unitEconomics: '单位经济模型（每客户每月）',
    contribution: '边际贡献',
    grossMargin: '毛利率',
    withMargin: (c, p) => `${c}（毛利率 ${p}）`,
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
    fundingGap: '融资缺口',
    customersEnd: (h) => `第 ${h} 个月客户数`,
    fundingTotal: '计划融资',
    cashEnd: (h) => `第 ${h} 个月现金`,
    arrEnd: (h) => `第 ${h} 个月 ARR`,
    peakBurn: '单月最大消耗',
    burnMultiple: '烧钱倍数',
    defaultAlive: '不融资能否活下去',
    benchmarks: '对标行业基准',
    wrote: (file) => `已写入 ${file}`,
    yes: '是',
    no: '否',
    checks: '检查',
    warnings: '警告',
    none: '无',
    colon: '：',
  },
  checks: {
    ltv_to_cac_min: 'LTV:CAC 不低于',
    cac_payback_months_max: 'CAC 回收期不超过（月）',
    break_even_month_max: '盈亏平衡不晚于第几个月',
    runway_months_min: '现金跑道不少于（月）',
    gross_margin_min: '毛利率不低于',
    funding_gap_max: '融资缺口不超过',
    burn_multiple_max: '烧钱倍数不超过',
    require_default_alive: '不融资也能活下去（default alive）',
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
    zero_churn: () => '流失率为 0，LTV 无法计算：客户永不流失，生命周期无限长。请填写预期的流失率，哪怕只有 0.5%。',
    non_positive_contribution: (w, money) =>
      `每客户每月边际贡献为 ${money(w.contribution)}：服务一个客户的成本高于其付费，因此 LTV 为负，CAC 回收期和盈亏平衡点无法计算。请提价，或降低服务与推理成本。`,
    zero_cac: () => 'CAC 为 0，LTV:CAC 无法计算。如果获客确实不花钱，可忽略此提示；否则请填写获取一个客户的真实成本。',
    no_break_even: (w) => `预测期 ${w.horizon} 个月内未实现盈亏平衡，盈亏平衡月份无法计算。请延长预测期，或改善单位经济模型。`,
    cash_runs_out: (w, money) => `现金将在第 ${w.month} 个月降到零以下。请至少融资 ${money(w.fundingGap)}（融资缺口），或降低消耗。`,
    cash_runs_out_with_rounds: (w, money) =>
      `即使算上计划的融资，现金仍将在第 ${w.month} 个月降到零以下。请在第 ${w.month} 个月之前再融资 ${money(w.fundingGap)}（融资缺口），或降低消耗。`,
    round_too_late: (w) =>
      `第 ${w.month} 个月的融资“${w.round}”晚了 ${w.late} 个月：现金在第 ${w.cashOutMonth} 个月已降到零以下。请在第 ${w.cashOutMonth} 个月之前完成，或先做一笔过桥融资。`,
    beyond_horizon: (w) =>
      `${{ hire: '招聘', cost: '计划支出', training: '训练', round: '融资' }[w.kind]}“${w.name}”在第 ${w.month} 个月，晚于 ${w.horizon} 个月的预测期，因此不计入任何数字。请延长预测期，或把它提前。`,
    customers_beyond_people: (w) =>
      `客户数在第 ${w.month} 个月超过 100 亿，比世界人口还多。请检查每月新增客户数及其月增长率。`,
    self_hosting_never_cheaper: (w) =>
      `在 ${w.horizon} 个月的预测期内，自建 GPU（含运维）始终不比 API 便宜。请检查 GPU 价格、吞吐量、利用率和常驻 GPU 数，或继续使用 API。`,
    self_hosting_dearer_at_horizon: (w, money) =>
      `按第 ${w.horizon} 个月的用量，自建每客户每月成本 ${money(w.selfHosted)}，高于 API 的 ${money(w.api)}：token 降价让 API 重新更便宜。请检查 GPU 价格与吞吐量，或计划切回 API。`,
    utilization_high: (w) =>
      `GPU 利用率 ${w.utilization.mul(100).toString()}% 几乎没有应对高峰的余量：超过 85% 时，流量一旦激增请求就会排队。建议按 60%～80% 规划，或增加 GPU。`,
    training_beyond_cash: (w, money) =>
      `第 ${w.month} 个月的训练“${w.what}”需要 ${money(w.cost)}，超过当月可用现金 ${money(w.cash)}。请在此之前融资、推迟训练，或缩小规模。`,
    arr_past_som: (w, money) => `预测期末的年化收入为 ${money(w.arr)}，超过了可获得市场（SOM）的 ${money(w.som)}：请放缓增长，或说明市场为何更大。`,
    customers_past_segments: (w) => `客户数在第 ${w.month} 个月超过所列客户细分的潜在客户总数（${w.segments.toFixed()}）：请补充计划覆盖的其他细分市场，或放缓增长。`,
    flat_fixed_costs: (w) => `客户数增长到 ${w.growth.toDecimalPlaces(0, 1).toFixed()} 倍，固定成本却整个预测期都没有变化：没有任何招聘。请补充增长所需的招聘与支出。`,
    implausible_rate: (w) =>
      `${w.key}${w.line === undefined ? '' : `（第 ${w.line} 行）`}为每${w.per === 'month' ? '月' : '年'} ${pct(w.value)}，超过合理上限 ${pct(w.max)}。如果你想写 ${pct(w.meant)}，请写成 "${pct(w.meant)}" 或 ${w.meant.toString()}：不带百分号的 ${w.value.toString()} 表示 ${pct(w.value)}。`,
    fixed_costs_below_team: (w, money) =>
      `每月固定成本（resources.fixed_costs_monthly）为 ${money(w.fixed)}，低于团队薪酬与算力预算之和 ${money(w.teamAndCompute)}。固定成本应包含这两项：请把它提高到至少 ${money(w.teamAndCompute)}，或修正团队或算力预算。`,
  },
  benchmarks: {
    margin: {
      aboveSaas: (p) => `毛利率 ${p}，高于同类 SaaS 企业 60%～80% 的水平（a16z，《The New Business of AI》，2020 年）。`,
      saas: (p) => `毛利率 ${p}，处于同类 SaaS 企业 60%～80% 的区间（a16z，《The New Business of AI》，2020 年）。`,
      ai: (p) => `毛利率 ${p}，处于 a16z 观察到的 AI 公司常见的 50%～60% 区间，低于同类 SaaS 的 60%～80%（《The New Business of AI》，2020 年）。`,
      between: (p) =>
        `毛利率 ${p}，低于 a16z 观察到的 AI 公司常见的 50%～60%（《The New Business of AI》，2020 年），高于一家服务商 2026 年对 100 位 CFO 的调查中 AI 原生公司 20%～40% 的水平（Cloud Capital）。`,
      aiNative: (p) =>
        `毛利率 ${p}，低于 a16z 观察到的 AI 公司常见的 50%～60%（《The New Business of AI》，2020 年），处于一家服务商 2026 年对 100 位 CFO 的调查中 AI 原生公司 20%～40% 的区间（Cloud Capital）；同一调查中，AI 赋能型产品为 60%～80%。`,
      low: (p) =>
        `毛利率 ${p}，甚至低于一家服务商 2026 年对 100 位 CFO 的调查中 AI 原生公司 20%～40% 的水平（Cloud Capital）：服务与推理成本侵蚀了大部分毛利。`,
    },
    ratio: {
      meets: (r) => `LTV:CAC 为 ${r}，达到 David Skok 提出的 3:1 标准（forEntrepreneurs，《SaaS Metrics 2.0 – A Guide to Measuring and Improving what Matters》，2013 年）。`,
      misses: (r) => `LTV:CAC 为 ${r}，低于 David Skok 提出的 3:1 标准（forEntrepreneurs，《SaaS Metrics 2.0 – A Guide to Measuring and Improving what Matters》，2013 年）：可以提价、降低流失，或压低获客成本。`,
      noChurn: () => 'LTV:CAC 无法计算：流失率为 0，客户永不流失。',
      freeAcquisition: () => 'LTV:CAC 无法计算：计划中获客成本为 0。',
    },
    payback: {
      within12: (m) => `CAC 回收期 ${m} 个月，在 David Skok 建议的 12 个月以内（forEntrepreneurs，《SaaS Metrics 2.0 – A Guide to Measuring and Improving what Matters》，2013 年）。`,
      smb: (m) =>
        `CAC 回收期 ${m} 个月，超过 Skok 的 12 个月，但在中小企业客户通常需要的 6～18 个月以内（David Cowan，Bessemer，《Cloud Computing Law #6》，2012 年）。`,
      slow: (m) =>
        `CAC 回收期 ${m} 个月，慢于中小企业客户通常需要的 6～18 个月，尚未到 David Cowan 认为值得担忧的 36 个月（Bessemer，《Cloud Computing Law #6》，2012 年）。`,
      concern: (m) => `CAC 回收期 ${m} 个月，达到或超过 36 个月，David Cowan 认为这值得担忧（Bessemer，《Cloud Computing Law #6》，2012 年）。`,
      never: () => '获客成本无法收回：每个客户的边际贡献不为正。',
    },
    burn: {
      excellent: (m) => `第一年烧钱倍数 ${m}，低于 1，按 David Sacks 的标准为优秀（《The Burn Multiple》，2020 年）。`,
      good: (m) => `第一年烧钱倍数 ${m}，在 1～1.5 之间，按 David Sacks 的标准为良好（《The Burn Multiple》，2020 年）。`,
      suspect: (m) => `第一年烧钱倍数 ${m}，高于 1.5、不超过 2，按 David Sacks 的标准值得警惕（《The Burn Multiple》，2020 年）。`,
      bad: (m) => `第一年烧钱倍数 ${m}，高于 2，按 David Sacks 的标准偏高（《The Burn Multiple》，2020 年）：烧掉的现金是新增 ARR 的 2 倍以上。`,
      none: '没有烧钱倍数：第一年未新增 ARR。',
    },
    alive: {
      alive: '不融资也能活下去（default alive）：不算任何融资，现金够用，且最后一个月盈利（Paul Graham，《Default Alive or Default Dead?》，2015 年）。',
      deadByCash: (m) => `不融资就活不下去（default dead）：不算融资，现金只够 ${m} 个月（Paul Graham，《Default Alive or Default Dead?》，2015 年）。`,
      deadByLoss: '不融资就活不下去（default dead）：不算融资，最后一个预测月仍在亏损（Paul Graham，《Default Alive or Default Dead?》，2015 年）。',
    },
  },
  checkOutput: {
    noChecks: '（未设定检查）',
    invalid: '：不是有效的计划',
    upToDate: '已是最新：metrics 部分与报告都与 bizplan calc 现在写出的一致',
    staleLabel: '已过期',
    stale: (file, parts) =>
      `${parts.map((p) => (p === 'metrics' ? `${file} 的 metrics 部分` : '报告')).join('和')}与 bizplan calc 现在写出的不一致；请运行 bizplan calc ${file} 并提交结果`,
    requiredTrue: (label) => `${label}：是，符合要求`,
    requiredFalse: (label) => `${label}：否，而计划要求为是：不算融资，现金会降到零以下，或最后一个月仍在亏损`,
    // A space only between Latin text and Chinese: "LTV:CAC 为", "盈亏平衡月份为".
    figure: (label, actual, side, bound) => `${label}${/[\p{Script=Han}）]$/u.test(label) ? '' : ' '}为 ${actual}，${{ atOrAbove: '不低于', atOrBelow: '不高于', below: '低于', above: '高于' }[side]}${bound}`,
    bound: (direction, limit) => `${direction === 'min' ? '下限' : '上限'} ${limit}`,
    nullFigure: (why, bound) => `${why}（${bound}）`,
  },
  diffOutput: {
    better: '变好',
    worse: '变差',
    changed: '有变化',
    newPlan: (name) => `${name} 是新计划`,
    noMetricChanged: '没有指标变化。',
    noInputChanged: '没有输入变化。',
    inputsChanged: '变化的输入',
    otherUnchanged: (n) => `其余 ${n} 项指标不变。`,
    added: '新增',
    removed: '删除',
    none: '无',
    points: '个百分点',
    headers: { metric: '指标', value: '数值', old: '原值', new: '新值', change: '变化', input: '输入' },
  },
  whatIfOutput: {
    scenariosTitle: (file, n) => `${file} 的情景对比：基准情景与 ${n} 个情景`,
    noScenarios: (file) => `${file} 还没有情景：请添加 "scenarios:" 部分（见 bizplan scenarios --help）`,
    base: '基准',
    probability: '概率',
    expected: '期望值',
    check: (name) => `检查 ${name}`,
    figure: '指标',
    tornadoTitle: (metric, file, base) => `${file} 的 ${metric} 龙卷风图：基准值 ${base}`,
    bars: '条形：向左表示该输入使指标下降，向右表示上升。',
    tornadoHeading: (metric) => `## \`${metric}\` 的龙卷风图`,
    tornadoIntro: (base) => `基准值：${base}。每个输入分别取低值和高值，其余输入保持计划值；按变动幅度从大到小排列。`,
    headers: { input: '输入', lowToHigh: '低值～高值', metricAt: (metric) => `低值～高值时的 \`${metric}\``, swing: '变动幅度' },
    range: (low, high) => `${low}～${high}`,
    atEnds: (metric, range, swing) => `${metric} ${range}；变动幅度 ${swing}`,
    none: '无',
    noSwing: '无（一端无数值）',
    errors: {
      unknownScenario: (name, file, hint) => `--scenario：${name} 不是 ${file} 中的情景；${hint}`,
      noScenariosToPick: (file) => `${file} 没有情景：请添加 "scenarios:" 部分`,
      didYouMean: (candidate) => `是不是 ${candidate}？`,
      scenariosAre: (names) => `现有情景为：${names.join('、')}`,
      unknownMetric: (name, hint) => `--metric：${name} 不是数值指标；${hint}`,
      metricsAre: (names) => `可选指标为：${names.join('、')}`,
      badSwing: (got) => `--swing：必须大于 0 且不超过 100%，如 20% 或 0.2（当前为 ${got}）`,
    },
  },
  report: reportZh,
};
