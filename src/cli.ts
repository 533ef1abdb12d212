import { Command, Option } from 'commander';
import { printableLines } from './core/render/safe-text.js';
import { runProgram } from './shell/boundary.js';
import { EXIT } from './shell/errors.js';
import { guardOutput } from './shell/signals.js';

declare const BIZPLAN_VERSION: string;

interface InitFlags {
  template?: string;
  listTemplates?: boolean;
  answers?: string;
  yes?: boolean;
  out?: string;
  force?: boolean;
  lang?: string;
  date?: string;
  step?: string;
  downside?: boolean;
  downsideGrowth?: string;
  downsideChurn?: string;
  downsideTokens?: string;
}

interface CheckFlags {
  format: 'text' | 'json' | 'github' | 'junit';
  stale?: boolean;
  scenarios?: boolean;
  skipUnmatched?: boolean;
  ltvToCacMin?: string;
  cacPaybackMonthsMax?: string;
  breakEvenMonthMax?: string;
  runwayMonthsMin?: string;
  grossMarginMin?: string;
  fundingGapMax?: string;
  burnMultipleMax?: string;
  requireDefaultAlive?: boolean;
}

interface CalcFlags {
  json?: boolean;
  scenario?: string;
  set: string[];
  write: boolean;
  report?: string;
  reportTemplate?: string;
  checksInReport: boolean;
  date?: string;
  force?: boolean;
}

/** The columns the text may fill: the terminal's, else 80 (a pipe, a file, a CI log). */
const terminalWidth = (): number => (process.stdout.isTTY ? process.stdout.columns : 80);

/**
 * Wires commander to the commands and holds the one error boundary. Each command's
 * module is imported only when it runs, so `--help` and `--version` stay instant.
 */
function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('bizplan')
    .description('Design the business model of an AI startup and check that its numbers hold up.')
    .version(BIZPLAN_VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    // commander quotes the unknown option or argument it was given: that prints as text, never as control codes.
    .configureOutput({ writeErr: (text) => process.stderr.write(printableLines(text)) })
    .addHelpText(
      'after',
      `
Exit codes:
  0    success
  1    a plan check failed
  2    invalid input or usage
  70   an internal error (a bug; please report it)
  74   the output could not be written (a full disk, an I/O error)
  130  interrupted (Ctrl-C); 143 terminated (SIGTERM)`,
    );

  program
    .command('init')
    .summary('design a plan: the six-step wizard')
    .description(
      'Walk the six business-model design steps (market research, value proposition, target-market positioning, ' +
        'revenue model, resource allocation, partnerships), then growth, risks and CI thresholds; show the key figures ' +
        'against benchmarks, and write bizplan.yaml and bizplan.report.md. Without a terminal, pass --answers or --yes.',
    )
    .option('--template <name>', 'start from a template (see --list-templates)')
    .option('--list-templates', 'list the templates, one line each')
    .option('--answers <file>', 'answer every question from a YAML or JSON file shaped like a plan')
    .option('-y, --yes', 'accept the template, or the default template, without asking')
    .option('--out <dir>', 'folder to write the plan and report into', '.')
    .option('--force', 'replace an existing bizplan.yaml or report')
    .addOption(new Option('--lang <lang>', 'language of the wizard, its comments in the plan, and the report (default: the template\'s; the wizard\'s from LANG)').choices(['en', 'zh']))
    .option('--date <YYYY-MM-DD>', 'the report\'s date (default: SOURCE_DATE_EPOCH, else today)')
    .option('--step <name>', 'revise one step of the existing plan: venture, market, value_proposition, target_market, revenue_model, resources, partners, growth, risks, checks or scenarios')
    .option('--downside', 'add a downside scenario (with --yes or --answers: 25% fewer new customers, 50% higher churn, 20% pricier tokens unless the flags below say otherwise)')
    .option('--downside-growth <share>', 'the downside has this many fewer new customers a month, e.g. 25%')
    .option('--downside-churn <share>', 'the downside\'s churn is this much higher, e.g. 50% (2.5% becomes 3.75%)')
    .option('--downside-tokens <share>', 'the downside\'s token prices are this much higher, e.g. 20%')
    .addHelpText(
      'after',
      `
Examples:
  $ bizplan init                                        # the wizard
  $ bizplan init --step revenue_model                   # revise one step of bizplan.yaml
  $ bizplan init --template llm-api --lang zh           # pre-filled; Enter keeps each answer
  $ bizplan init --template vertical-copilot --yes --out plans/copilot
  $ bizplan init --answers answers.yaml --out plans/seed`,
    )
    .action(async (opts: InitFlags) => {
      const { init } = await import('./commands/init.js');
      setExitCode(await init({ cwd: process.cwd(), ...opts }));
    });

  program
    .command('calc')
    .summary('recompute a plan\'s metrics and write them back')
    .description(
      'Validate a plan, compute every metric, write the metrics: section back into the plan ' +
        '(everything else in the file stays byte for byte), write the Markdown report, and print a summary or JSON.',
    )
    .argument('[plan]', 'the plan file, or - to read it from stdin (then only a --report is written)', 'bizplan.yaml')
    .option('--json', 'print the result as JSON on stdout, nothing else')
    .option('--scenario <name>', 'compute one scenario of the plan\'s scenarios: section instead of the base case; writes nothing')
    .option('--set <path=value>', 'what if: compute with this input changed, e.g. revenue_model.churn_monthly=5% (repeatable); the plan is not changed', (value: string, previous: string[]) => [...previous, value], [])
    .addOption(new Option('--no-write', 'change no file: neither the plan nor the report'))
    .option('--report <path>', 'where to write the Markdown report (default: the plan\'s path with .report.md)')
    .option('--report-template <path>', 'a Mustache layout of your own for the report')
    .option('--no-checks-in-report', 'leave the checks table out of the report (an investor\'s copy); warnings stay')
    .option('--date <YYYY-MM-DD>', 'the report\'s date (default: SOURCE_DATE_EPOCH, else today)')
    .option('--force', 'replace a file at the report path that bizplan did not write')
    .addHelpText(
      'after',
      `
Examples:
  $ bizplan calc                              # ./bizplan.yaml
  $ bizplan calc plans/seed.yaml --no-write   # look, do not touch
  $ bizplan calc --report docs/plan.md --date 2026-12-01
  $ bizplan calc --json | jq .metrics.ltv_to_cac
  $ bizplan calc --set revenue_model.churn_monthly=5% --set growth.new_customers_monthly=6
  $ bizplan calc --scenario downside --json
  $ git show main:bizplan.yaml | bizplan calc - --json`,
    )
    .action(async (plan: string, opts: CalcFlags) => {
      const { calc } = await import('./commands/calc.js');
      setExitCode(await calc({ cwd: process.cwd(), plan, ...opts }));
    });

  program
    .command('check')
    .summary('check plans against their thresholds, for CI')
    .description(
      'Validate and compute every plan given and judge each against its checks: thresholds. Never prompts and never ' +
        'writes. Flags override the plans\' own thresholds for every file. Exit 0: all pass; 1: a check failed; 2: a plan ' +
        'is invalid or missing (2 wins over 1). Every plan is reported whatever fails.',
    )
    .argument('[plans...]', 'plan files or globs', ['bizplan.yaml'])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github', 'junit']).default('text'))
    .option('--skip-unmatched', 'pass over a glob that matches no file, instead of failing; at least one plan must still be found')
    .option('--stale', 'also fail when a plan\'s metrics: section or its report differ from what calc would write now')
    .option('--scenarios', 'also check every scenario of each plan, each reported as plan.yaml#name')
    .option('--ltv-to-cac-min <n>', 'fail when LTV:CAC is below n')
    .option('--cac-payback-months-max <months>', 'fail when CAC payback takes longer')
    .option('--break-even-month-max <month>', 'fail when the projection breaks even later, or never')
    .option('--runway-months-min <months>', 'fail when cash runs out sooner')
    .option('--gross-margin-min <rate>', 'fail when gross margin is below rate, e.g. 0.5 or "50%"')
    .option('--funding-gap-max <amount>', 'fail when more must be raised beyond the planned rounds; 0: the rounds must be enough')
    .option('--burn-multiple-max <n>', 'fail when the first year\'s burn multiple is above n (David Sacks: under 1.5 is good)')
    .option('--require-default-alive', 'fail unless each plan is default alive, without its funding rounds')
    .addHelpText(
      'after',
      `
Examples:
  $ bizplan check                                   # ./bizplan.yaml
  $ bizplan check 'plans/**/*.yaml' --format github # annotations in a GitHub Actions run
  $ bizplan check plans/*.yaml --format junit > bizplan-junit.xml
  $ bizplan check --ltv-to-cac-min 3 --runway-months-min 18
  $ bizplan check --stale                           # fail when the committed figures are out of date
  $ bizplan check --scenarios --format github       # gate on the base case and every scenario`,
    )
    .action(async (plans: string[], opts: CheckFlags) => {
      const { check } = await import('./commands/check.js');
      setExitCode(await check({ cwd: process.cwd(), files: plans, ...opts }));
    });

  program
    .command('schema')
    .summary('print the plan file\'s JSON Schema')
    .description('Print the JSON Schema (draft 2020-12) of the plan file, generated from the same zod schema that validates plans. Editors use it to complete and check plans as you type.')
    .option('--out <file>', 'write the schema to a file instead of stdout')
    .option('--force', 'replace a file at --out that bizplan did not write')
    .addHelpText(
      'after',
      `
Examples:
  $ bizplan schema --out bizplan.schema.json
  then begin a plan with:  # yaml-language-server: $schema=./bizplan.schema.json`,
    )
    .action(async (opts: { out?: string; force?: boolean }) => {
      const { schema } = await import('./commands/schema.js');
      setExitCode(await schema({ cwd: process.cwd(), ...opts }));
    });

  program
    .command('diff')
    .summary('compare two plans\' metrics and inputs')
    .description(
      'Compare two plans: each metric old and new, its delta and whether it got better or worse, then the inputs that ' +
        'changed. Either side may be - for stdin. Exits 0 whether or not anything changed, unless --fail-on-worse names ' +
        'a metric that got worse.',
    )
    .argument('<old>', 'the plan before, or - for stdin')
    .argument('<new>', 'the plan after, or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--fail-on-worse <metrics...>', 'exit 1 when any of these metrics got worse')
    .addHelpText(
      'after',
      `
Examples:
  $ git show main:bizplan.yaml | bizplan diff - bizplan.yaml
  $ bizplan diff old.yaml new.yaml --format markdown > comment.md
  $ bizplan diff old.yaml new.yaml --fail-on-worse ltv_to_cac runway_months`,
    )
    .action(async (old: string, now: string, opts: { format: 'text' | 'markdown' | 'json'; failOnWorse?: string[] }) => {
      const { diff } = await import('./commands/diff.js');
      setExitCode(await diff({ cwd: process.cwd(), old, new: now, ...opts }));
    });

  program
    .command('scenarios')
    .summary('the base case and every scenario side by side')
    .description(
      'Compute the base case and each scenario of the plan\'s scenarios: section (the plan with some inputs replaced), ' +
        'and show every metric and check side by side, with the probability-weighted expected values when every ' +
        'scenario gives a probability. Writes nothing.',
    )
    .argument('[plan]', 'the plan file, or - to read it from stdin', 'bizplan.yaml')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText(
      'after',
      `
A scenario in the plan:
  scenarios:
    downside:
      description: Slower sales and pricier tokens
      probability: 25%
      set:
        growth.new_customers_monthly: 6
        revenue_model.churn_monthly: "4%"
        funding[0].month: 24

Examples:
  $ bizplan scenarios
  $ bizplan scenarios plans/seed.yaml --format markdown >> docs/plan.md
  $ bizplan scenarios --format json | jq '.scenarios[] | {name, min_cash: .metrics.min_cash}'
  $ bizplan calc --scenario downside --json          # one scenario, the calc --json shape`,
    )
    .action(async (plan: string, opts: { format: 'text' | 'json' | 'markdown' }) => {
      const { scenarios } = await import('./commands/scenarios.js');
      setExitCode(await scenarios({ cwd: process.cwd(), plan, ...opts, width: terminalWidth() }));
    });

  program
    .command('sensitivity')
    .summary('which input moves a metric most: the tornado')
    .description(
      'Move each input to its low and its high (its uncertainty: range, else the plan\'s value +- the swing), every other ' +
        'input held at the plan\'s value, and show how far the metric moves, largest swing first. Writes nothing.',
    )
    .argument('[plan]', 'the plan file, or - to read it from stdin', 'bizplan.yaml')
    .option('--metric <key>', 'the metric to move: any numeric metric of calc --json', 'min_cash')
    .option('--swing <share>', 'how far an input without a range moves either way, e.g. 20% or 0.2', '20%')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  $ bizplan sensitivity                              # min_cash for ./bizplan.yaml
  $ bizplan sensitivity plans/seed.yaml --metric ltv_to_cac --swing 30%
  $ bizplan sensitivity --format json | jq '.inputs[0].path'
  $ bizplan sensitivity --format markdown >> docs/plan.md`,
    )
    .action(async (plan: string, opts: { metric: string; swing: string; format: 'text' | 'json' | 'markdown' }) => {
      const { sensitivity } = await import('./commands/sensitivity.js');
      setExitCode(await sensitivity({ cwd: process.cwd(), plan, ...opts, width: terminalWidth() }));
    });

  program
    .command('simulate')
    .summary('how likely the cash runs out: the plan run many times (Monte Carlo)')
    .description(
      'Run the plan many times, each run drawing every input of its uncertainty: section from its range, and show the ' +
        'probability that cash runs out within the horizon, the months by which that risk passes 10%, 25% and 50%, the ' +
        'P10/P50/P90 of the key figures and the share of runs in which each check fails. The same plan, seed and runs ' +
        'give the same results on every machine. Writes nothing.',
    )
    .argument('[plan]', 'the plan file, or - to read it from stdin', 'bizplan.yaml')
    .option('--runs <n>', 'how many runs, 1 to 10000000 (default: the plan\'s simulation.runs, else 10000)')
    .option('--seed <n>', 'the seed of the draws, 0 to 10^15 (default: the plan\'s simulation.seed, else 1)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText(
      'after',
      `
Ranges in the plan:
  uncertainty:
    revenue_model.churn_monthly: { low: "1.5%", high: "5%" }           # PERT around the plan's value
    growth.new_customers_monthly: { low: 6, high: 20, dist: triangular }
    revenue_model.inference.output_price_per_million: { low: 2, high: 8, dist: lognormal }
  simulation: { runs: 10000, seed: 1 }                                   # optional; these are the defaults
  checks:
    cash_out_probability_max: 10%                                        # judged by bizplan check

Examples:
  $ bizplan simulate
  $ bizplan simulate plans/seed.yaml --runs 1000000 --seed 7
  $ bizplan simulate --format json | jq .cash_out_probability
  $ bizplan simulate --format markdown >> docs/plan.md`,
    )
    .action(async (plan: string, opts: { runs?: string; seed?: string; format: 'text' | 'json' | 'markdown' }) => {
      const { simulate } = await import('./commands/simulate.js');
      const { threadsSetting } = await import('./shell/threads-setting.js');
      const threads = threadsSetting();
      setExitCode(
        await simulate({
          cwd: process.cwd(),
          plan,
          ...opts,
          width: terminalWidth(),
          ...(threads !== undefined ? { threads } : {}),
        }),
      );
    });

  return program;
}

guardOutput();

let exitCode: number = EXIT.ok;
const program = buildProgram((code) => {
  exitCode = code;
});
// No top-level await: the bundle is CommonJS, which V8 can cache compiled (see bin/bizplan.js).
void runProgram(program, process.argv, process.stderr, () => exitCode).then((code) => {
  process.exitCode = code;
  // The command's work is done. Once its output has reached the system too (after this turn's
  // callbacks, so a failed write has had its say in guardOutput), end now: left to itself, Node
  // would first let V8 finish a garbage collection that nothing needs any more, about 15 ms
  // after checking 1,000 plans. Output still queued (a pipe on some systems) ends naturally.
  setImmediate(() => {
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(process.exitCode);
  });
});
