import type { BusinessTable } from '../../modules/tenants/tenants.table.js';

// The whole schema as Kysely sees it; each module owns its table file.
export interface Database {
  businesses: BusinessTable;
}
