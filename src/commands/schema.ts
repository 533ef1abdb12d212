import path from 'node:path';
import { isGeneratedSchema, renderJsonSchema } from '../core/plan/json-schema.js';
import { printable } from '../core/render/safe-text.js';
import { claimOutput, writeFiles } from '../shell/write-files.js';
import { processOutput, type Output } from '../shell/output.js';

export interface SchemaOptions {
  cwd: string;
  /** Write the schema here instead of printing it. */
  out?: string;
  /** Replace a file at `out` that bizplan did not write. */
  force?: boolean;
  output?: Output;
}

/** `bizplan schema`: the plan's JSON Schema on stdout, or written to `--out`. */
export async function schema(options: SchemaOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const text = renderJsonSchema();
  if (options.out === undefined) {
    output.out(text);
    return 0;
  }
  const file = path.resolve(options.cwd, options.out);
  const target = await claimOutput(file, options.out, { isOurs: isGeneratedSchema, force: options.force ?? false });
  for (const shownAs of await writeFiles([{ target, text }])) output.err(`Wrote ${printable(shownAs)}\n`);
  return 0;
}
