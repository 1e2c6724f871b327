import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layer rules of .dependency-cruiser.cjs (run by `npm run lint`), tried on a small tree that
// breaks each rule once, beside imports that must stay allowed.

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

const TREE: Record<string, string> = {
  'src/platform/db/database.ts': [
    "import type { CustomerTable } from '../../modules/crm/crm.table.js';",
    "import { TABLE } from '../../modules/crm/crm.table.js';",
    "import type { customers } from '../../modules/crm/customers.service.js';",
    'export interface Database { customers: CustomerTable; names: [typeof TABLE, typeof customers] }',
  ].join('\n'),
  'src/platform/clock.ts': 'export const now = () => new Date();\n',
  'src/platform/reaches-up.ts':
    "import { tenants } from '../modules/tenants/tenants.service.js';\nexport const x = tenants;\n",
  'src/modules/tenants/tenants.service.ts':
    "import { now } from '../../platform/clock.js';\nexport const tenants = now;\n",
  'src/modules/tenants/backward.ts':
    "import { customers } from '../crm/customers.service.js';\nexport const y = customers;\n",
  'src/modules/crm/crm.table.ts':
    "export interface CustomerTable { id: string }\nexport const TABLE = 'customers';\n",
  'src/modules/crm/customers.repository.ts':
    "import type { CustomerTable } from './crm.table.js';\nexport const find = (t: CustomerTable) => t;\n",
  'src/modules/crm/customers.service.ts':
    "import { find } from './customers.repository.js';\nimport { tenants } from '../tenants/tenants.service.js';\nexport const customers = [find, tenants];\n",
  'src/modules/crm/uses-test-code.ts':
    "import { helper } from '../../../test/helpers/helper.js';\nexport const z = helper;\n",
  'src/modules/crm/cycle-a.ts': "import { b } from './cycle-b.js';\nexport const a = () => b;\n",
  'src/modules/crm/cycle-b.ts': "import { a } from './cycle-a.js';\nexport const b = () => a;\n",
  'src/modules/scheduling/booking.service.ts':
    "import { customers } from '../crm/customers.service.js';\nimport { find } from '../crm/customers.repository.js';\nexport const book = [customers, find];\n",
  'src/app.ts': "import { book } from './modules/scheduling/booking.service.js';\nexport const app = book;\n",
  'test/helpers/helper.ts': "import { app } from '../../src/app.js';\nexport const helper = app;\n",
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

describe('layer rules (dependency-cruiser)', () => {
  let dir: string;
  let violations: Violation[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'layers-'));
    for (const [path, text] of Object.entries(TREE)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const bin = join(ROOT, 'node_modules/.bin/depcruise');
    const args = ['--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json', 'src', 'test'];
    // depcruise exits non-zero when it finds violations; its JSON report is on stdout either way.
    const { stdout } = await run(bin, args, { cwd: dir }).catch((error: { stdout: string }) => error);
    violations = JSON.parse(stdout).summary.violations;
  }, 30_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const found = () => violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

  it('reports each broken rule once, and nothing that the layers allow', () => {
    expect(found()).toEqual(
      [
        'layer-tenants: src/modules/tenants/backward.ts → src/modules/crm/customers.service.ts',
        'layer-platform: src/platform/reaches-up.ts → src/modules/tenants/tenants.service.ts',
        'no-foreign-repository-or-table: src/modules/scheduling/booking.service.ts → src/modules/crm/customers.repository.ts',
        'no-test-code-in-production: src/modules/crm/uses-test-code.ts → test/helpers/helper.ts',
        'no-circular: src/modules/crm/cycle-a.ts → src/modules/crm/cycle-b.ts',
        'database-type-joins-tables-only: src/platform/db/database.ts → src/modules/crm/customers.service.ts',
        'database-type-imports-types-only: src/platform/db/database.ts → src/modules/crm/crm.table.ts',
      ].sort(),
    );
  });
});
