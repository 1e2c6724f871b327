import type { Notifier, SmsRecord } from './notifier.js';

const skipped = (): SmsRecord => ({
  id: '',
  status: 'skipped',
  provider_sid: null,
  deduplicated: false,
  retry_at: null,
});

/** Sends nothing; stands in where no messaging is wired (benchmarks, or before notifications exist). */
export const nullNotifier: Notifier = {
  notifyCustomer: async () => skipped(),
  alertOwner: async () => null,
};
