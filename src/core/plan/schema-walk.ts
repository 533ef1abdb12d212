import type * as z from 'zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional, default and pipe wrappers down to the schema that holds the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.out && def.in) current = defOf(def.in).type === 'transform' ? def.out : def.in;
    else return current;
  }
}

/**
 * The field schema at a path of the plan, as declared (optional and default wrappers kept).
 * Numeric segments step into list items. Undefined when the path leaves the schema.
 */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const seg of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'array' && typeof seg === 'number') current = def.element;
    else if (def.type === 'object' && def.shape) current = def.shape[String(seg)];
    else return undefined;
  }
  return current;
}

/** The keys an object schema accepts at a path of the plan, for "did you mean" suggestions. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, path);
  const def = at && defOf(unwrap(at));
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
