import type { TenantService } from './tenants.service.js';

export const DEFAULT_BUSINESS_ID = 'default_business';

export interface SeededCredentials {
  businessId: string;
  apiKey: string;
  widgetToken: string;
  created: boolean;
}

// Development profiles get a ready-to-use demo tenant. Configured credentials are applied as
// given (so a profile's keys keep working across restarts); otherwise fresh ones are issued at
// every start, because only hashes are stored and the old values cannot be shown again.
export async function seedDefaultBusiness(
  tenants: TenantService,
  given: { apiKey: string | undefined; widgetToken: string | undefined },
): Promise<SeededCredentials> {
  const existing = await tenants.findById(DEFAULT_BUSINESS_ID);
  if (!existing) {
    await tenants.create({
      id: DEFAULT_BUSINESS_ID,
      name: 'Demo Plumbing Co.',
      time_zone: 'America/Chicago',
      owner_name: 'Demo Owner',
      owner_phone: '+15125550100',
      // A demo number so outbound SMS (recorded in development) have a sender.
      twilio_phone_number: '+15125550000',
      business_hours: {
        mon: [['08:00', '17:00']],
        tue: [['08:00', '17:00']],
        wed: [['08:00', '17:00']],
        thu: [['08:00', '17:00']],
        fri: [['08:00', '17:00']],
        sat: [['09:00', '13:00']],
        sun: [],
      },
      services: [
        { name: 'Drain cleaning', duration_minutes: 60 },
        { name: 'Water heater repair', duration_minutes: 90 },
        { name: 'Leak repair', duration_minutes: 60 },
        { name: 'Toilet repair', duration_minutes: 60 },
      ],
      service_area: ['Austin', 'Round Rock', 'Pflugerville'],
    });
  }
  const apiKey = (await tenants.rotate(DEFAULT_BUSINESS_ID, 'api_key', given.apiKey)).api_key!;
  const widgetToken = (await tenants.rotate(DEFAULT_BUSINESS_ID, 'widget_token', given.widgetToken))
    .widget_token!;
  return { businessId: DEFAULT_BUSINESS_ID, apiKey, widgetToken, created: !existing };
}
