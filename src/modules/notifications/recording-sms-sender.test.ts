import { describe, expect, it } from 'vitest';
import { RecordingSmsSender } from './recording-sms-sender.js';
import { SmsSendError } from './sms-sender.js';

const message = { from: '+15125550000', to: '+15125550001', body: 'Hi' };

describe('recording SMS sender', () => {
  it('keeps every message with a Twilio-shaped SID', async () => {
    const sender = new RecordingSmsSender();
    const first = await sender.send(message);
    const second = await sender.send({ ...message, body: 'Again' });
    expect(first.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(first.sid).not.toBe(second.sid);
    expect(first.status).toBe('queued');
    expect(sender.sent()).toEqual([
      { ...message, sid: first.sid },
      { ...message, body: 'Again', sid: second.sid },
    ]);
  });

  it('fails the next N sends with the scripted classification, then recovers', async () => {
    const sender = new RecordingSmsSender();
    sender.failNext(2, 'rejected', 21610);
    for (let i = 0; i < 2; i += 1) {
      const error = await sender.send(message).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SmsSendError);
      expect(error).toMatchObject({ kind: 'rejected', details: { providerCode: 21610 } });
    }
    await expect(sender.send(message)).resolves.toMatchObject({ status: 'queued' });
    expect(sender.sent()).toHaveLength(1);
  });

  it('forgets messages and scripted failures on clear()', async () => {
    const sender = new RecordingSmsSender();
    sender.failNext(1);
    sender.clear();
    await sender.send(message);
    sender.clear();
    expect(sender.sent()).toEqual([]);
  });
});
