import { UserError } from './errors.js';
import { decodeUtf8, MAX_PLAN_BYTES } from './read-file.js';

export interface InputStream extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

/** Reads a whole plan piped into stdin; refuses a terminal, where it would wait for typing forever. */
export async function readStdin(stream: InputStream): Promise<string> {
  if (stream.isTTY) throw new UserError('-: stdin is a terminal; pipe a plan into it, e.g. git show main:bizplan.yaml | bizplan diff - bizplan.yaml');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_PLAN_BYTES) throw new UserError(`-: stdin holds over ${MAX_PLAN_BYTES} bytes, over the limit for a plan`);
    chunks.push(buffer);
  }
  const text = decodeUtf8(Buffer.concat(chunks));
  if (text === undefined) throw new UserError('-: stdin is not UTF-8 text');
  return text;
}
