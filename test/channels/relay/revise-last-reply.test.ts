import { beforeAll, expect, it } from 'vitest';
import { createConversationService } from '../../../src/modules/crm/conversations.service.js';
import { createTenantService } from '../../../src/modules/tenants/tenants.service.js';
import { systemClock } from '../../../src/platform/clock.js';
import { describeEachDialect } from '../../helpers/dialects.js';

// The transcript side of an interruption (ConversationRelay): only the latest assistant message of
// the right tenant's conversation is trimmed to what the caller heard; caller lines never change.

describeEachDialect('trimming an interrupted reply', (ctx) => {
  let conversations: ReturnType<typeof createConversationService>;
  let businessId: string;
  let otherId: string;

  beforeAll(async () => {
    const db = ctx.sql().db;
    const tenants = createTenantService({ db, clock: systemClock });
    businessId = (await tenants.create({ name: 'Relay Co' })).id;
    otherId = (await tenants.create({ name: 'Other Relay Co' })).id;
    conversations = createConversationService({ db, clock: systemClock });
  });

  async function conversationWith(lines: Array<['user' | 'assistant', string]>) {
    const { conversation } = await conversations.start(businessId, { channel: 'phone' });
    await conversations.appendMessages(
      businessId,
      conversation.id,
      lines.map(([role, text]) => ({ role, text })),
    );
    return conversation.id;
  }

  const textsOf = async (id: string) =>
    (await conversations.get(businessId, id)).messages.map((message) => message.text);

  it('keeps only the heard part of the latest assistant message', async () => {
    const id = await conversationWith([
      ['user', 'my sink is clogged'],
      ['assistant', 'Sorry to hear that. What is your address?'],
    ]);
    expect(await conversations.reviseLastReply(businessId, id, 'Sorry to hear that. ')).toBe(true);
    expect(await textsOf(id)).toEqual(['my sink is clogged', 'Sorry to hear that.']);
  });

  it('removes the message when nothing was heard', async () => {
    const id = await conversationWith([
      ['user', 'hello'],
      ['assistant', 'Hi! How can I help?'],
    ]);
    expect(await conversations.reviseLastReply(businessId, id, '  ')).toBe(true);
    expect(await textsOf(id)).toEqual(['hello']);
  });

  it('never touches a caller line or another tenant', async () => {
    const id = await conversationWith([
      ['assistant', 'How can I help?'],
      ['user', 'I need a plumber'],
    ]);
    expect(await conversations.reviseLastReply(businessId, id, 'How')).toBe(false);
    const other = await conversationWith([['assistant', 'How can I help?']]);
    expect(await conversations.reviseLastReply(otherId, other, 'How')).toBe(false);
    expect(await textsOf(id)).toEqual(['How can I help?', 'I need a plumber']);
    expect(await textsOf(other)).toEqual(['How can I help?']);
  });
});
