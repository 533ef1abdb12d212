import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { SCHEMA_COMMENT, renderJsonSchema } from '../core/plan/json-schema.js';
import { UserError } from '../shell/errors.js';
import { writeFileAtomic } from '../shell/files.js';
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
  const existing = await readFile(file, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing === text) return 0;
  if (existing !== undefined && !existing.includes(SCHEMA_COMMENT) && !options.force) {
    throw new UserError(`${options.out}: exists and was not written by bizplan; pass --force to replace it`);
  }
  await writeFileAtomic(file, text);
  output.err(`Wrote ${options.out}\n`);
  return 0;
}
