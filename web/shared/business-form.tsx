// The business fields both pages edit (dashboard settings, admin create/edit). Uncontrolled inputs
// (defaultValue, so a re-render after a refused save keeps what the user typed) read through
// FormData on submit (business-fields.ts settingsPatch); errors come in per field name.
import { type Business, DAYS, hoursText, listText, servicesText } from './business-fields.js';
import { Field } from './ui.js';

export function BusinessFields({
  business,
  errors,
  idPrefix = '',
}: {
  business: Partial<Business>;
  errors: Record<string, string>;
  idPrefix?: string;
}) {
  const id = (name: string) => `field-${idPrefix}${name}`;
  const field = (label: string, name: string, hint?: string) => ({
    label,
    name: `${idPrefix}${name}`,
    error: errors[name],
    ...(hint ? { hint } : {}),
  });
  return (
    <>
      <Field {...field('Business name', 'name')}>
        <input id={id('name')} name="name" defaultValue={business.name ?? ''} required />
      </Field>
      <Field {...field('Time zone', 'time_zone', 'e.g. America/Chicago or -06:00')}>
        <input id={id('time_zone')} name="time_zone" defaultValue={business.time_zone ?? 'UTC'} />
      </Field>
      <Field {...field('Owner phone (emergencies and handoffs)', 'owner_phone')}>
        <input
          id={id('owner_phone')}
          name="owner_phone"
          type="tel"
          defaultValue={business.owner_phone ?? ''}
        />
      </Field>
      <Field {...field('Greeting', 'greeting', 'Empty: the standard greeting')}>
        <textarea id={id('greeting')} name="greeting" rows={2} defaultValue={business.greeting ?? ''} />
      </Field>
      <fieldset class="hours">
        <legend>Opening hours (local time, e.g. 08:00-12:00, 13:00-17:00; empty = closed)</legend>
        {DAYS.map(([day, label]) => (
          <div class="hours-row" key={day}>
            <label for={id(`hours-${day}`)}>{label}</label>
            <input
              id={id(`hours-${day}`)}
              name={`hours-${day}`}
              defaultValue={hoursText(business.business_hours?.[day] ?? [])}
              placeholder="closed"
            />
          </div>
        ))}
        {errors.business_hours ? (
          <small class="field-error" role="alert">
            {errors.business_hours}
          </small>
        ) : null}
      </fieldset>
      <Field {...field('Services', 'services', 'One per line: "Drain cleaning, 90" (minutes)')}>
        <textarea
          id={id('services')}
          name="services"
          rows={4}
          defaultValue={servicesText(business.services ?? [])}
        />
      </Field>
      <Field
        {...field('Extra emergency keywords', 'emergency_keywords', 'Comma separated, e.g. flooding, sparks')}
      >
        <input
          id={id('emergency_keywords')}
          name="emergency_keywords"
          defaultValue={listText(business.emergency_keywords ?? [], ', ')}
        />
      </Field>
      <Field {...field('Voice mode', 'voice_mode')}>
        <select id={id('voice_mode')} name="voice_mode">
          <option value="gather" selected={business.voice_mode !== 'relay'}>
            Gather (Twilio speech recognition per turn)
          </option>
          <option value="relay" selected={business.voice_mode === 'relay'}>
            Relay (ConversationRelay, streaming)
          </option>
        </select>
      </Field>
      <Field
        {...field(
          'Websites allowed to embed the chat widget',
          'widget_allowed_origins',
          'One origin per line, e.g. https://www.example.com',
        )}
      >
        <textarea
          id={id('widget_allowed_origins')}
          name="widget_allowed_origins"
          rows={2}
          defaultValue={listText(business.widget_allowed_origins ?? [], '\n')}
        />
      </Field>
    </>
  );
}
