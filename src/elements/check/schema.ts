/**
 * The JSON Schema keywords the case schema uses (build/content/case-schema.mjs), read by a
 * small interpreter: the element checks a lecturer's own cases against the schema the build
 * checks check.yaml against. kits/wordpress/includes/cases.php reads the same schema the same
 * way, in the same words (test/fixtures/own-cases.json holds the cases both must agree on).
 */
export interface Schema {
  type?: 'object' | 'array' | 'string';
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: false | Schema;
  propertyNames?: Schema;
  items?: Schema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  description?: string;
}

const TYPE_NAMES = { object: 'keys and values', array: 'a list', string: 'a text' } as const;
const isType = (value: unknown, type: keyof typeof TYPE_NAMES) =>
  type === 'array' ? Array.isArray(value) : type === 'object' ? !!value && typeof value === 'object' && !Array.isArray(value) : typeof value === type;
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** What is wrong with `value` against `schema`, as "key: problem" (key empty at the top). */
export function schemaProblems(schema: Schema, value: unknown, path = ''): string[] {
  const problem = (text: string) => [path ? `${path}: ${text}` : text];
  if (schema.type && !isType(value, schema.type)) return problem(`expected ${TYPE_NAMES[schema.type]}`);
  if (typeof value === 'string') {
    if ((schema.minLength && value.length < schema.minLength) || (schema.pattern === '\\S' && !/\S/.test(value))) return problem('expected a non-empty text');
    if (schema.maxLength !== undefined && value.length > schema.maxLength) return problem(`longer than ${schema.maxLength} characters`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return problem(`"${value}" is not valid${schema.description ? `: ${schema.description.replace(/\.$/, '')}` : ''}`);
    return [];
  }
  if (Array.isArray(value)) {
    if (schema.minItems && value.length < schema.minItems) return problem(value.length ? `needs at least ${schema.minItems} items, has ${value.length}` : 'list is empty');
    return value.flatMap((item, i) => (schema.items ? schemaProblems(schema.items, item, `${path}[${i + 1}]`) : []));
  }
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const known = schema.properties ?? {};
  return [
    ...(schema.required ?? []).filter((key) => !(key in record)).map((key) => `${at(path, key)}: missing`),
    ...Object.entries(record).flatMap(([key, item]) => {
      if (Object.hasOwn(known, key)) return schemaProblems(known[key], item, at(path, key));
      if (schema.propertyNames?.pattern && !new RegExp(schema.propertyNames.pattern, 'u').test(key)) return [`${at(path, key)}: "${key}" is not valid as a key`];
      if (schema.additionalProperties === false) return [`${at(path, key)}: unknown key (valid: ${Object.keys(known).map((k) => `"${k}"`).join(', ')})`];
      return schema.additionalProperties ? schemaProblems(schema.additionalProperties, item, at(path, key)) : [];
    }),
  ];
}
