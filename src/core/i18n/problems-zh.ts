import { MAX_EXPONENT, MIN_EXPONENT } from '../decimal.js';
import { showBound, type NumberProblem, type NumberRule } from '../plan/numbers.js';
import type { PathProblem } from '../plan/paths.js';
import type { RangeProblem } from '../plan/what-if-rules.js';

/** A problem with one answer as the schema reports it: its code, its English message, its data. */
export interface AnswerIssue {
  code: string;
  message: string;
  input?: unknown;
  params?: Record<string, unknown>;
}

/** "大于 0 且不大于 1 的数", "1 到 240 之间的整数". */
function describeRule(rule: NumberRule): string {
  const noun = rule.integer ? '整数' : '数';
  const { min, max } = rule;
  if (min && max) {
    const [low, high] = [showBound(rule, min), showBound(rule, max)];
    if (!min.exclusive && !max.exclusive) return `${low} 到 ${high} 之间的${noun}`;
    return `${min.exclusive ? '大于' : '不小于'} ${low} 且${max.exclusive ? '小于' : '不大于'} ${high} 的${noun}`;
  }
  if (min) return `${min.exclusive ? '大于' : '不小于'} ${showBound(rule, min)} 的${noun}`;
  if (max) return `${max.exclusive ? '小于' : '不大于'} ${showBound(rule, max)} 的${noun}`;
  return noun;
}

function typeHint(rule: NumberRule): string {
  return rule.percent ? '小数（如 0.03）或百分比（如 "3%"）' : rule.integer ? '整数' : '数字';
}

/** "必须是" and a phrase, with the space Chinese typography puts before a number. */
const mustBe = (phrase: string) => `必须是${/^\d/.test(phrase) ? ' ' : ''}${phrase}`;

function numberProblem(p: NumberProblem): string {
  if (p.kind === 'required') return `必填：请填写${typeHint(p.rule)}`;
  if (p.kind === 'size') {
    return p.side === 'large'
      ? `绝对值不能超过 10^${MAX_EXPONENT}（当前为 ${p.got}）；计划里不会有这么大的数，请检查指数和位数`
      : `必须是 0，或绝对值不小于 10^${MIN_EXPONENT}（当前为 ${p.got}）；没有请写 0`;
  }
  if (p.kind === 'type') return `${mustBe(p.rule.integer ? describeRule(p.rule) : typeHint(p.rule))}（当前为 ${p.got}）`;
  const hint = p.percentOf ? `；${p.percentOf}% 请写作 "${p.percentOf}%"` : '';
  return `${mustBe(describeRule(p.rule))}（当前为 ${p.got}）${hint}`;
}

/**
 * What the plan loader finds beyond one field's own rule, as data (bizplan.yaml's errors speak
 * the plan's language): a key missing, a value of the wrong type, an unknown key, a choice.
 */
export type LoadIssue =
  | { kind: 'required'; key: string; expected: string }
  | { kind: 'type'; expected: string; got: string }
  | { kind: 'unknownKey'; candidate?: string; known: readonly string[] }
  | { kind: 'listTooShort'; minimum: number }
  | { kind: 'oneOf'; values: readonly string[] }
  // Problems with the YAML text itself, found before the plan is read.
  | { kind: 'loneCr' }
  | { kind: 'tooManyValues'; max: number }
  | { kind: 'yaml11' }
  | { kind: 'invalidYaml'; detail: string }
  | { kind: 'forbiddenKey'; key: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'tagValue'; value: string; tag: string }
  | { kind: 'aliasNoAnchor'; name: string }
  | { kind: 'tooManyAliases'; max: number }
  | { kind: 'empty' };

const TYPE_NAMES: Record<string, string> = { string: '文本', object: '键值映射', record: '键值映射', array: '列表', number: '数字', boolean: 'true 或 false' };

function loadProblem(issue: LoadIssue): string {
  switch (issue.kind) {
    case 'required':
      if (issue.expected === 'object') return `必填：请添加 "${issue.key}:" 部分`;
      if (issue.expected === 'array') return `必填：请添加 "${issue.key}:" 并在其下逐项列出，或写 "${issue.key}: []"`;
      return `必填：请添加 "${issue.key}: ..."`;
    case 'type':
      return `必须是${TYPE_NAMES[issue.expected] ?? issue.expected}（当前为 ${issue.got}）`;
    case 'unknownKey':
      if (issue.candidate !== undefined) return `未知的键；是不是 "${issue.candidate}"？`;
      return issue.known.length > 0 ? `未知的键；此处可用的键为：${issue.known.join('、')}` : '未知的键；请删除';
    case 'listTooShort':
      return `至少需要 ${String(issue.minimum)} 项`;
    case 'oneOf':
      return issue.values.length === 1 ? `必须是 ${issue.values[0] ?? ''}` : `必须是以下之一：${issue.values.join('、')}`;
    case 'loneCr':
      return '有一行只以回车符（CR，经典 Mac OS 的换行方式）结尾：请以 LF 或 CRLF 换行保存文件';
    case 'tooManyValues':
      return `文件中的值（键、列表项、数字、文本）超过 ${String(issue.max)} 个：这么大的文件几乎不可能是计划；请检查这里粘贴了什么`;
    case 'yaml11':
      return '计划使用 YAML 1.2（017 即 17，"yes" 是文本）：请删除 "%YAML 1.1" 这一行，并检查这类值';
    case 'invalidYaml':
      return `YAML 格式错误：${issue.detail}`;
    case 'forbiddenKey':
      return `不能用 "${issue.key}" 作键：请删除`;
    case 'tag':
      return `计划不支持标签 ${issue.tag}：请删除；计划只包含文本、数字、true 或 false、列表和键值映射`;
    case 'tagValue':
      return `${issue.value} 不是标签 ${issue.tag} 的值：请删除标签，或修正这个值`;
    case 'aliasNoAnchor':
      return `别名 *${issue.name} 之前没有对应的锚点：请在前面的值上加 "&${issue.name}"，或直接写出这个值`;
    case 'tooManyAliases':
      return `别名过多（超过 ${String(issue.max)} 个）：文件展开后远大于其本身；请直接写出这些值`;
    case 'empty':
      return '文件是空的：计划以 "version: 1" 开头';
  }
}

/** A scenario path's or an uncertainty range's problem. */
function whatIfProblem(p: PathProblem | RangeProblem): string {
  const parent = 'parent' in p ? p.parent || '计划' : '';
  switch (p.kind) {
    case 'notAPath':
      return `${JSON.stringify(p.text)} 不是路径：请用点号连接计划中的键，第 i 个列表项写作 [i]，如 funding[0].month`;
    case 'notAnInput':
      return `${p.key}：不是输入项${p.why === 'computed' ? '，由 bizplan 计算' : p.why === 'settings' ? '，它设定模拟如何运行' : ''}；请写输入项，如 revenue_model.churn_monthly`;
    case 'notAList':
      return `${p.here}：${parent} 不是列表；请去掉 [${String(p.index)}]`;
    case 'noSuchItem':
      return `${p.here}：${parent} 只有 ${String(p.items)} 项${p.items > 0 ? `（[0]～[${String(p.items - 1)}]）` : ''}；路径只能指向已有的项，或给出整个列表`;
    case 'isAList':
      return `${p.here}：${parent} 是列表；请先指定其中一项，如 ${parent}[0].${p.segment}`;
    case 'singleValue':
      return `${p.here}：${parent} 是单个值，里面没有键`;
    case 'unknownInput':
      return `${p.here}：未知的输入项${p.better ? `；是不是 ${p.better}？` : `；${parent} 中可用的键为：${p.known.join('、')}`}`;
    case 'baseName':
      return '"base" 指计划本身（基准情景）；请给这个情景另起名字';
    case 'notANumber':
      return `${p.path} 不是数值：区间只能用于数值输入，如 revenue_model.churn_monthly`;
    case 'highBelowLow':
      return `不能小于 low（${p.low}）`;
    case 'lognormalLow':
      return 'dist 为 lognormal 时必须大于 0（要取对数）';
    case 'needsMode':
      return `需要 mode：计划在 ${p.path} 没有值；请添加 "mode: ..."`;
    case 'zeroWidth':
      return `区间宽度为 0，输入固定为 ${p.low}，因此${p.planValue === undefined ? ' mode ' : `计划中的值（${p.planValue}）`}也必须等于它`;
    case 'modeOutside':
      return `${p.planValue === undefined ? 'mode ' : `计划中的值（${p.planValue}）`}必须在 low（${p.low}）与 high（${p.high}）之间，这是 ${p.dist} 分布的要求`;
    case 'sectionMissing':
      return `计划中没有 ${p.section}，对 ${p.path} 设区间不会改变任何结果：请在计划中加上 ${p.section}，或删除这个区间`;
    case 'duplicateRange':
      return `${p.path} 已有区间（写在 ${JSON.stringify(p.first)} 下）：每个输入只能有一个区间`;
    case 'duplicateSet':
      return `${p.path} 已设置过（写在 ${JSON.stringify(p.first)} 下）：每个输入只能设置一次`;
    case 'needsRanges':
      return `模拟需要区间：请添加 uncertainty: 部分，如 ${p.example}，或删除这项检查`;
    case 'percentNotRate':
      return `写成了百分数，但 ${p.input} 不是比率：请按该输入项的写法填写，如 ${p.asWritten}`;
    case 'boundOutsideRule':
      return `必须是 ${p.input} 能取的值：${describeRule(p.rule)}（当前为 ${p.got}）${p.percentOf ? `；若指 ${p.percentOf}%，请写 "${p.percentOf}%"` : ''}`;
  }
}

const SEAT_PROBLEMS: Record<string, string> = {
  'not-seat': '仅用于按席位定价：请设置 pricing_model: seat，或只填写 arpu_monthly',
  pair: '按席位定价时必须同时填写 seats_per_customer 和 price_per_seat_monthly：arpu_monthly = 席位数 × 席位单价',
  arpu: '必填：请添加 "arpu_monthly: ..."，按席位定价时也可改填 seats_per_customer 和 price_per_seat_monthly',
  disagree: '与 seats_per_customer × price_per_seat_monthly 不一致：请填写相同的数，或删除 arpu_monthly',
};

/** The line after a plan's first problems, when it has more, in Chinese (capProblems words it in English). */
export const moreProblemsZh = (more: number): string => `……另有 ${more} 个问题未列出；请先改正以上问题，再检查一次`;

/**
 * The schema's messages in Chinese, from the data each issue carries; undefined for an
 * issue this does not know, whose English message then stands. The wizard's answers and
 * the plan loader's file:line:col lines both come here, so each problem has one wording.
 */
export function problemZh(issue: AnswerIssue): string | undefined {
  const load = issue.params?.load as LoadIssue | undefined;
  if (load) return loadProblem(load);
  const whatIf = issue.params?.whatIf as PathProblem | RangeProblem | undefined;
  if (whatIf) return whatIfProblem(whatIf);
  const number = issue.params?.number as NumberProblem | undefined;
  if (number) return numberProblem(number);
  const seat = issue.params?.seat;
  if (typeof seat === 'string' && SEAT_PROBLEMS[seat]) return SEAT_PROBLEMS[seat];
  const segments = issue.params?.segmentNames;
  if (Array.isArray(segments)) return `必须是细分市场名称之一：${segments.map((n) => JSON.stringify(n)).join('、')}`;
  if (issue.params?.currency) return `必须是大写的 ISO 4217 货币代码，如 CNY、USD、EUR（当前为 ${JSON.stringify(issue.input)}）`;
  if (issue.code === 'too_small') return '不能为空';
  const shapes = '一次性支出填写 "what"、"month" 和 "amount"；每月支出填写 "what"、"from_month"、"monthly"，可选 "to_month"';
  switch (issue.params?.plannedCost) {
    case 'mixed':
      return `混用了一次性支出与每月支出的字段：${shapes}`;
    case 'neither':
      return `没有月份或金额：${shapes}`;
    case 'missing':
      return `必填：${shapes}`;
    case 'order':
      return '必须不早于 from_month：最后一个月也计入';
  }
  const runShapes = '训练需填写 "what"、"month"，以及 "gpu_hours"，或 "parameters"、"tokens"、"gpu_peak_tflops" 和 "mfu"';
  switch (issue.params?.trainingRun) {
    case 'mixed':
      return `同时给了 gpu_hours 与按参数量估算的字段：${runShapes}`;
    case 'neither':
      return `没有给出训练规模：${runShapes}`;
    case 'missing':
      return `必填：${runShapes}`;
  }
  switch (issue.params?.compute) {
    case 'needsInference':
      return '需要 revenue_model.inference：自建推理按其中的请求数与 token 数计算；请添加 revenue_model.inference，或删除 compute.self_hosting';
    case 'runPrice':
      return '没有 GPU 价格：请为这次训练填写 gpu_hourly_price，或设置 compute.self_hosting.gpu_hourly_price';
  }
  return undefined;
}
