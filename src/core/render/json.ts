/** A number whose exact decimal text goes into JSON as is, never through a float. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

const MARK = '\u0000num:';

/** JSON.stringify that writes JsonNumber values as bare number literals. */
export function stringifyJson(value: unknown, indent = 2): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof JsonNumber ? MARK + v.text : v), indent);
  return json.replace(/"\\u0000num:([^"]*)"/g, '$1');
}
