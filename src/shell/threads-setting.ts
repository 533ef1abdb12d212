/**
 * BIZPLAN_THREADS=N (1 to 256): the threads in all, the main one included, that `check` and
 * `simulate` use whatever the machine and its load. Tests set it to be sure both paths run;
 * anything else leaves the choice to the command. Read here only, so both commands take the
 * same values.
 */
export function threadsSetting(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const asked = env.BIZPLAN_THREADS;
  if (asked === undefined || !/^[1-9][0-9]{0,2}$/.test(asked)) return undefined;
  const threads = Number(asked);
  return threads <= 256 ? threads : undefined;
}
