import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { uniqueViolationColumn } from '../../platform/db/db-errors.js';
import { decodeCursor, isIdKey, page } from '../../platform/http/pagination.js';
import { hashSecret } from '../../platform/secrets.js';
import type { TenantCache } from './tenant-cache.js';
import { newSecret, type SecretKind } from './tenants.credentials.js';
import { businessConflict, businessNotFound, concurrentUpdate } from './tenants.errors.js';
import type { Business, IssuedCredentials } from './tenants.model.js';
import * as repo from './tenants.repository.js';
import {
  type AdminBusinessCreate,
  type AdminBusinessPatch,
  type BusinessSettings,
  DEFAULT_SETTINGS,
  SETTINGS_KEYS,
  storedSettingsSchema,
} from './tenants.schemas.js';
import type { BusinessRow, BusinessRowUpdate } from './tenants.table.js';
import { listsWidgetOrigin, widgetOriginOf } from './widget-origins.js';

export type TenantService = ReturnType<typeof createTenantService>;

// Parsed settings by their stored JSON text. Validating the document with zod on every lookup was
// ~5% of a voice turn; the same text always parses to the same settings, so a changed row (new
// text) is parsed afresh and nothing can go stale. Like DEFAULT_SETTINGS, the nested values are
// shared between Business objects (each Business is a fresh shallow copy). Bounded: oldest out.
const SETTINGS_CACHE_SIZE = 256;
const parsedSettings = new Map<string, Partial<BusinessSettings>>();

function storedSettings(text: string): Partial<BusinessSettings> {
  let settings = parsedSettings.get(text);
  if (!settings) {
    const stored = storedSettingsSchema.safeParse(safeJson(text));
    settings = stored.success ? stored.data : {};
    if (parsedSettings.size >= SETTINGS_CACHE_SIZE) {
      parsedSettings.delete(parsedSettings.keys().next().value as string);
    }
    parsedSettings.set(text, settings);
  }
  return settings;
}

/** `voiceMode` is what a settings document without `voice_mode` reads as (config VOICE_MODE). */
export function businessOf(row: BusinessRow, voiceMode: VoiceMode = 'gather'): Business {
  return {
    ...DEFAULT_SETTINGS,
    voice_mode: voiceMode,
    ...storedSettings(row.settings),
    id: row.id,
    name: row.name,
    status: row.status === 'suspended' ? 'suspended' : 'active',
    lockdown_mode: Boolean(row.lockdown_mode),
    twilio_phone_number: row.twilio_phone_number,
    api_key_rotated_at: row.api_key_rotated_at,
    widget_token_rotated_at: row.widget_token_rotated_at,
    widget_token_expires_at: row.widget_token_expires_at ?? null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

type VoiceMode = BusinessSettings['voice_mode'];

export function createTenantService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  /** The voice_mode of tenants created without one (config VOICE_MODE; default gather). */
  defaultVoiceMode?: VoiceMode;
  /** Serves findById and findByTwilioNumber (the webhook path); absent: every read is a query. */
  cache?: TenantCache;
}) {
  const { db, clock, cache } = deps;
  const voiceMode = deps.defaultVoiceMode ?? 'gather';
  const businessFromRow = (row: BusinessRow) => businessOf(row, voiceMode);
  const now = () => clock.now().toISOString();

  async function get(id: string): Promise<Business> {
    const row = await repo.findBusinessById(db, id);
    if (!row) throw businessNotFound(id);
    return businessFromRow(row);
  }

  async function create(input: AdminBusinessCreate): Promise<Business & IssuedCredentials> {
    const id = input.id ?? idFromName(input.name);
    const api_key = newSecret('api_key');
    const widget_token = newSecret('widget_token');
    const at = now();
    await guardUnique(() =>
      repo.insertBusiness(db, {
        id,
        name: input.name,
        status: input.status ?? 'active',
        lockdown_mode: input.lockdown_mode ? 1 : 0,
        twilio_phone_number: input.twilio_phone_number ?? null,
        api_key_hash: hashSecret(api_key),
        widget_token_hash: hashSecret(widget_token),
        api_key_rotated_at: at,
        widget_token_rotated_at: at,
        settings: JSON.stringify({ ...DEFAULT_SETTINGS, voice_mode: voiceMode, ...pickSettings(input) }),
        created_at: at,
        updated_at: at,
      }),
    );
    await cache?.changed();
    return { ...(await get(id)), api_key, widget_token };
  }

  async function update(id: string, patch: AdminBusinessPatch): Promise<Business> {
    // Optimistic concurrency on the settings document: a concurrent patch makes ours retry.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const row = await repo.findBusinessById(db, id);
      if (!row) throw businessNotFound(id);
      const merged = { ...businessFromRow(row), ...pickSettings(patch) };
      const changes: BusinessRowUpdate = {
        settings: JSON.stringify(pickSettings(merged)),
        updated_at: now(),
        ...columnChanges(patch),
      };
      const updated = await guardUnique(() =>
        db
          .updateTable('businesses')
          .set(changes)
          .where('id', '=', id)
          .where('settings', '=', row.settings)
          .executeTakeFirst(),
      );
      if (Number(updated.numUpdatedRows) === 1) {
        await cache?.changed();
        return get(id);
      }
    }
    throw concurrentUpdate();
  }

  /** `expiresInDays` (widget tokens only): the new token stops working after that many days. */
  async function rotate(
    id: string,
    kind: SecretKind,
    secret = newSecret(kind),
    expiresInDays?: number,
  ): Promise<Business & IssuedCredentials> {
    const at = now();
    const expires = expiresInDays
      ? new Date(Date.parse(at) + expiresInDays * 86_400_000).toISOString()
      : null;
    const changes: BusinessRowUpdate =
      kind === 'api_key'
        ? { api_key_hash: hashSecret(secret), api_key_rotated_at: at, updated_at: at }
        : {
            widget_token_hash: hashSecret(secret),
            widget_token_rotated_at: at,
            widget_token_expires_at: expires,
            updated_at: at,
          };
    const row = await repo.updateBusiness(db, id, changes);
    if (!row) throw businessNotFound(id);
    await cache?.changed();
    return { ...businessFromRow(row), [kind]: secret };
  }

  async function list(query: { limit: number; cursor?: string }) {
    const afterId = decodeCursor(query.cursor, isIdKey);
    const rows = await repo.listBusinesses(db, { limit: query.limit + 1, ...(afterId ? { afterId } : {}) });
    const result = page(rows, query.limit, (row) => row.id);
    return { items: result.items.map(businessFromRow), next_cursor: result.next_cursor };
  }

  /** Whether the tenant's widget token has passed its end date (a token without one never does). */
  function widgetTokenExpired(business: Business): boolean {
    const expires = business.widget_token_expires_at;
    return expires !== null && Date.parse(expires) <= Date.parse(now());
  }

  async function findByCredential(kind: SecretKind, secret: string): Promise<Business | null> {
    const column = kind === 'api_key' ? 'api_key_hash' : 'widget_token_hash';
    const row = await repo.findBusinessByCredentialHash(db, column, hashSecret(secret));
    return row ? businessFromRow(row) : null;
  }

  async function loadById(id: string): Promise<Business | null> {
    const row = await repo.findBusinessById(db, id);
    return row ? businessFromRow(row) : null;
  }

  async function loadByTwilioNumber(number: string): Promise<Business | null> {
    const row = await repo.findBusinessByTwilioNumber(db, number);
    return row ? businessFromRow(row) : null;
  }

  // The webhook path's lookups, cached (see tenant-cache.ts); owner and admin reads use get().
  const findById = (id: string) => (cache ? cache.read(`id:${id}`, () => loadById(id)) : loadById(id));
  const findByTwilioNumber = (number: string) =>
    cache ? cache.read(`tel:${number}`, () => loadByTwilioNumber(number)) : loadByTwilioNumber(number);

  /**
   * Whether any tenant lists this browser origin for its widget. A CORS preflight carries no widget
   * token, so it can only be answered for the origin, not for a tenant (see the widget channel).
   */
  async function anyAllowsWidgetOrigin(origin: string): Promise<boolean> {
    // Only a serialised http(s) origin can match; anything else ("null") is refused without a query.
    if (widgetOriginOf(origin) !== origin) return false;
    const documents = await repo.findSettingsContaining(db, origin);
    return documents.some((text) =>
      listsWidgetOrigin(storedSettings(text).widget_allowed_origins ?? [], origin),
    );
  }

  return {
    get,
    create,
    update,
    rotate,
    widgetTokenExpired,
    list,
    findByCredential,
    findById,
    findByTwilioNumber,
    anyAllowsWidgetOrigin,
  };
}

function pickSettings(source: Partial<BusinessSettings>): Partial<BusinessSettings> {
  const picked: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    if (source[key] !== undefined) picked[key] = source[key];
  }
  return picked as Partial<BusinessSettings>;
}

function columnChanges(patch: AdminBusinessPatch): BusinessRowUpdate {
  const changes: BusinessRowUpdate = {};
  if (patch.name !== undefined) changes.name = patch.name;
  if (patch.status !== undefined) changes.status = patch.status;
  if (patch.lockdown_mode !== undefined) changes.lockdown_mode = patch.lockdown_mode ? 1 : 0;
  if (patch.twilio_phone_number !== undefined) changes.twilio_phone_number = patch.twilio_phone_number;
  return changes;
}

async function guardUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const column = uniqueViolationColumn(error);
    if (column) throw businessConflict(column);
    throw error;
  }
}

function idFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'business'}-${randomBytes(3).toString('hex')}`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
