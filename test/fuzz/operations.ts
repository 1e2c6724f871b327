// The fuzzed operations, read from the app's own OpenAPI document: every path and method whose
// request body (if any) is JSON, with its parameters and the credential it names. The Twilio
// webhooks (form bodies, signature-checked, tested in test/channels) and /docs are left out.

export type Credential = 'admin' | 'owner' | 'widget' | 'public';
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The subset of JSON Schema the generators read (what zod's OpenAPI transform emits). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: Method;
  /** The OpenAPI template, e.g. /v1/crm/customers/{id}. */
  path: string;
  /** "PATCH /v1/crm/customers/{id}" */
  key: string;
  credential: Credential;
  body: JsonSchema | null;
  pathParams: Parameter[];
  queryParams: Parameter[];
  headerParams: Parameter[];
}

interface OpenApiOperation {
  security?: Array<Record<string, string[]>>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: JsonSchema }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const SKIPPED_PREFIXES = ['/docs', '/v1/twilio/', '/twilio/'];

// The credentials this harness can present; a requirement naming any other scheme is passed over.
const SCHEME_CREDENTIAL: Record<string, Credential> = {
  AdminApiKey: 'admin',
  ApiKey: 'owner',
  WidgetToken: 'widget',
};

/** The first security requirement of the operation that one credential we hold satisfies. */
function credentialOf(op: OpenApiOperation, key: string): Credential | null {
  const security = op.security ?? [];
  if (security.length === 0) return 'public';
  for (const requirement of security) {
    const schemes = Object.keys(requirement);
    const credential = schemes.length === 1 && schemes[0] ? SCHEME_CREDENTIAL[schemes[0]] : undefined;
    if (credential) return credential;
  }
  if (security.some((r) => 'TwilioSignature' in r)) return null;
  throw new Error(`${key}: no security requirement the fuzz can satisfy: ${JSON.stringify(security)}`);
}

export function operationsFrom(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (SKIPPED_PREFIXES.some((prefix) => path.startsWith(prefix))) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const content = op.requestBody?.content;
      if (content && !content['application/json']) continue;
      const credential = credentialOf(op, key);
      if (!credential) continue;
      const params = (where: string): Parameter[] =>
        (op.parameters ?? [])
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, required: p.required ?? false, schema: p.schema ?? {} }));
      operations.push({
        method: method.toUpperCase() as Method,
        path,
        key,
        credential,
        body: content?.['application/json']?.schema ?? null,
        pathParams: params('path'),
        queryParams: params('query'),
        headerParams: params('header'),
      });
    }
  }
  return operations;
}
