import type { Clock } from '../../../platform/clock.js';
import type { Config } from '../../../platform/config/config.js';
import type { KeyValueStore } from '../../../platform/kv/key-value-store.js';
import type { Assistant } from '../../assistant/assistant.port.js';
import type { CustomerService } from '../../crm/customers.service.js';
import type { TenantService } from '../../tenants/tenants.service.js';
import { createCallStates } from './call-state.js';
import type { ReminderReplies } from './reminder-replies.js';
import { createSmsService, type SmsService, type TwilioMessageLog } from './sms.service.js';
import { createTenantResolver } from './twilio.hooks.js';
import { createReplayGuard } from './twilio.replay.js';
import { createSignatureCheck } from './twilio.signature.js';
import { createVoiceService, type VoiceService } from './voice.service.js';

export interface TwilioChannelDeps {
  config: Pick<Config, 'twilio' | 'verifyTwilioSignatures' | 'publicBaseUrl' | 'idempotencyKeyPrefix'>;
  clock: Clock;
  /** Call state by CallSid, and the stored first answers of webhook deliveries. */
  state: { twilioState: KeyValueStore; idempotency: KeyValueStore };
  tenants: Pick<TenantService, 'findById' | 'findByTwilioNumber'>;
  customers: Pick<CustomerService, 'findByPhone' | 'setSmsOptOut'>;
  assistant: Assistant;
  messageLog: TwilioMessageLog;
  reminderReplies: ReminderReplies;
  log?: { warn(fields: object, message: string): void };
}

/** Everything the Twilio routes use, built once and shared by the `/v1/twilio` and `/twilio` mounts. */
export interface TwilioChannel {
  voice: VoiceService;
  sms: SmsService;
  publicBaseUrl: string | undefined;
  /** Signatures are required but there is no token: every webhook is refused (warned once at start). */
  refusesEverything: boolean;
  checkSignature: ReturnType<typeof createSignatureCheck>;
  resolveTenant: ReturnType<typeof createTenantResolver>;
  replay: ReturnType<typeof createReplayGuard>;
}

export function createTwilioChannel(deps: TwilioChannelDeps): TwilioChannel {
  const { config, clock, assistant } = deps;
  const authToken = config.twilio.authToken;
  const onStoreError = (error: Error) =>
    deps.log?.warn({ error: error.message }, 'twilio call state unavailable; call goes on without it');
  return {
    voice: createVoiceService({
      assistant,
      calls: createCallStates(deps.state.twilioState, onStoreError),
      clock,
    }),
    sms: createSmsService({
      assistant,
      customers: deps.customers,
      messageLog: deps.messageLog,
      reminderReplies: deps.reminderReplies,
      clock,
    }),
    publicBaseUrl: config.publicBaseUrl,
    refusesEverything: config.verifyTwilioSignatures && !authToken,
    checkSignature: createSignatureCheck({
      authToken,
      verify: config.verifyTwilioSignatures,
      publicBaseUrl: config.publicBaseUrl,
    }),
    resolveTenant: createTenantResolver(deps.tenants),
    replay: createReplayGuard({ store: deps.state.idempotency, keyPrefix: config.idempotencyKeyPrefix }),
  };
}
