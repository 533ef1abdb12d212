import { Command, Option } from 'commander';
import { runProgram } from './shell/boundary.js';
import { EXIT } from './shell/errors.js';

declare const BIZPLAN_VERSION: string;

interface CalcFlags {
  json?: boolean;
  write: boolean;
  report?: string;
  reportTemplate?: string;
  date?: string;
  force?: boolean;
}

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
    .addHelpText(
      'after',
      `
Exit codes:
  0    success
  1    a plan check failed
  2    invalid input or usage
  70   an internal error (a bug; please report it)
  130  interrupted (Ctrl-C)`,
    );

  program
    .command('calc')
    .summary('recompute a plan\'s metrics and write them back')
    .description(
      'Validate a plan, compute every metric, write the metrics: section back into the plan ' +
        '(everything else in the file stays byte for byte), write the Markdown report, and print a summary or JSON.',
    )
    .argument('[plan]', 'the plan file', 'bizplan.yaml')
    .option('--json', 'print the result as JSON on stdout, nothing else')
    .addOption(new Option('--no-write', 'change no file: neither the plan nor the report'))
    .option('--report <path>', 'where to write the Markdown report (default: the plan\'s path with .report.md)')
    .option('--report-template <path>', 'a Mustache layout of your own for the report')
    .option('--date <YYYY-MM-DD>', 'the report\'s date (default: SOURCE_DATE_EPOCH, else today)')
    .option('--force', 'replace a file at the report path that bizplan did not write')
    .addHelpText(
      'after',
      `
Examples:
  $ bizplan calc                              # ./bizplan.yaml
  $ bizplan calc plans/seed.yaml --no-write   # look, do not touch
  $ bizplan calc --report docs/plan.md --date 2026-12-01
  $ bizplan calc --json | jq .metrics.ltv_to_cac`,
    )
    .action(async (plan: string, opts: CalcFlags) => {
      const { calc } = await import('./commands/calc.js');
      setExitCode(await calc({ cwd: process.cwd(), plan, ...opts }));
    });

  return program;
}

/** Ctrl-C while a file is being written: remove the temporary file, so nothing half-written is left. */
function onInterrupt(): void {
  void import('./shell/files.js').then(({ removePendingFiles }) => {
    removePendingFiles();
    process.stderr.write('\nInterrupted; no file was changed.\n');
    process.exit(EXIT.interrupted);
  });
}

let exitCode: number = EXIT.ok;
const program = buildProgram((code) => {
  exitCode = code;
});
process.once('SIGINT', onInterrupt);
process.exitCode = await runProgram(program, process.argv, process.stderr, () => exitCode);
