import { z } from 'zod';

// Form fields as Twilio posts them (application/x-www-form-urlencoded). Twilio sends many more
// fields than we read (AccountSid, ApiVersion, Caller*…), so every form schema is loose.

const sid = (prefix: string) => z.string().trim().min(1).max(64).describe(`Twilio SID (${prefix}…)`);

// What a person said or typed. PostgreSQL text cannot hold U+0000 and nobody means one: it is
// dropped here, after the signature was checked over the form exactly as Twilio sent it, so the
// rest of the message is kept instead of the whole message failing to store.
const withoutNul = (text: string) => text.replaceAll('\u0000', '');
const optionalText = z.string().transform(withoutNul).optional();

/** Query parameters of every Twilio route; the tenant rides in `business_id` on our own callback URLs. */
export const twilioQuerySchema = z.looseObject({
  business_id: z.string().trim().min(1).max(120).optional().describe('Tenant id; else found by `To`'),
  uptime_check: z.string().optional().describe('`1` or `true`: answer `<Response/>` and do nothing else'),
  turn: z.coerce.number().int().min(0).max(10_000).optional().describe('Conversation turn (our action URLs)'),
});
export type TwilioQuery = z.infer<typeof twilioQuerySchema>;

export const voiceFormSchema = z.looseObject({
  CallSid: sid('CA'),
  From: optionalText,
  To: optionalText,
  CallStatus: optionalText,
  SpeechResult: optionalText,
  Digits: optionalText,
  Confidence: z.coerce.number().min(0).max(1).optional(),
});
export type VoiceForm = z.infer<typeof voiceFormSchema>;

export const callStatusFormSchema = z.looseObject({
  CallSid: sid('CA'),
  CallStatus: z.string().trim().min(1),
  From: optionalText,
  To: optionalText,
});
export type CallStatusForm = z.infer<typeof callStatusFormSchema>;

export const voicemailFormSchema = z.looseObject({
  CallSid: sid('CA'),
  From: optionalText,
  To: optionalText,
  RecordingSid: optionalText,
  RecordingUrl: z.url({ protocol: /^https?$/ }).optional(),
  RecordingDuration: z.coerce.number().int().min(0).optional(),
  TranscriptionStatus: optionalText,
  TranscriptionText: optionalText,
});
export type VoicemailForm = z.infer<typeof voicemailFormSchema>;

export const dialStatusFormSchema = z.looseObject({
  CallSid: sid('CA'),
  From: optionalText,
  To: optionalText,
  DialCallSid: optionalText,
  DialCallStatus: optionalText,
});
export type DialStatusForm = z.infer<typeof dialStatusFormSchema>;

/** The fallback URL receives whatever the failed primary request carried (voice or messaging). */
export const fallbackFormSchema = z.looseObject({
  CallSid: optionalText,
  MessageSid: optionalText,
  From: optionalText,
  To: optionalText,
  ErrorCode: optionalText,
});
export type FallbackForm = z.infer<typeof fallbackFormSchema>;

export const smsFormSchema = z.looseObject({
  From: z.string().trim().min(1),
  To: optionalText,
  Body: z.string().max(10_000).transform(withoutNul),
  MessageSid: optionalText,
});
export type SmsForm = z.infer<typeof smsFormSchema>;

export const smsStatusFormSchema = z.looseObject({
  MessageSid: sid('SM'),
  MessageStatus: z.string().trim().min(1),
  ErrorCode: optionalText,
});
export type SmsStatusForm = z.infer<typeof smsStatusFormSchema>;
