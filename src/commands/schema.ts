import path from 'node:path';
import { SCHEMA_COMMENT, renderJsonSchema } from '../core/plan/json-schema.js';
import { printable } from '../core/render/safe-text.js';
import { claimGeneratedFile, writeIfChanged } from '../shell/files.js';
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
  if (!options.out) {
    output.out(text);
    return 0;
  }
  const file = path.resolve(options.cwd, options.out);
  const existing = await claimGeneratedFile(file, options.out, SCHEMA_COMMENT, options.force ?? false);
  if (await writeIfChanged(file, text, existing)) output.err(`Wrote ${printable(options.out)}\n`);
  return 0;
}
