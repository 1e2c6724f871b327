import type { Clock } from '../../../platform/clock.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { newId } from '../../../platform/ids.js';
import type { Assistant, TurnContext } from '../../assistant/assistant.port.js';
import type { ConversationService } from '../../crm/conversations.service.js';
import { normalizePhone } from '../../crm/customers.service.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { WidgetChat, WidgetChats } from './widget.chats.js';
import { chatEnded, chatExpired, chatNotFound } from './widget.errors.js';
import type { WidgetReply, WidgetStartBody } from './widget.schemas.js';

// The web chat widget as an assistant channel ('web'): the assistant holds the conversation (booking,
// rescheduling, emergencies, callbacks); this adapts the transport. A chat is named by its CRM
// conversation id, which the widget keeps; the assistant's session is named by an id of our own (the
// conversation's external id), so the handle a browser holds never names a session directly.

export interface WidgetDeps {
  assistant: Pick<Assistant, 'start' | 'turn' | 'end'>;
  conversations: Pick<ConversationService, 'openId' | 'get'>;
  chats: WidgetChats;
  clock: Clock;
  /** Ids and codes only, never what the visitor wrote. */
  log: { warn(fields: object, message: string): void };
}

export type WidgetService = ReturnType<typeof createWidgetService>;

export interface ChatOptions {
  /** The owner trying their assistant from the dashboard. */
  test?: boolean;
}

export function createWidgetService(deps: WidgetDeps) {
  const { assistant, conversations, chats, clock, log } = deps;

  const contextOf = (business: Business, chat: WidgetChat): TurnContext => ({
    business,
    channel: 'web',
    sessionId: chat.sessionId,
    callerPhone: chat.callerPhone,
    // Anyone can type any number into a website: it gets the texts, it unlocks no one's records.
    callerVerified: false,
    now: clock.now(),
  });

  /**
   * Opens a chat: its conversation in the CRM (channel web) and the assistant's greeting. A test
   * chat (the owner trying their assistant) is the same chat, its conversation marked is_test.
   */
  async function start(business: Business, input: WidgetStartBody, options: ChatOptions = {}) {
    const callerPhone = phoneOf(input.customer_phone);
    const test = options.test === true;
    const chat: WidgetChat = {
      sessionId: newId('web'),
      callerPhone,
      ended: false,
      ...(test ? { test } : {}),
    };
    // The assistant's transcript opens the same conversation by this external id: one row, whose id
    // the widget gets now, before the greeting.
    const conversationId = await conversations.openId(business.id, {
      channel: 'web',
      external_id: chat.sessionId,
      caller_phone: callerPhone,
      is_test: test,
    });
    await chats.keep(business.id, conversationId, chat);
    try {
      // The name typed into the widget's form is the visitor's: the assistant will not ask for it.
      const greeting = await assistant.start({
        ...contextOf(business, chat),
        callerName: input.customer_name ?? null,
      });
      return { conversation_id: conversationId, reply_text: greeting.reply };
    } catch (error) {
      await chats.forget(business.id, conversationId).catch(() => undefined);
      throw error;
    }
  }

  /** One visitor message and the assistant's answer. */
  async function message(
    business: Business,
    conversationId: string,
    text: string,
    options: ChatOptions = {},
  ): Promise<WidgetReply> {
    const chat = await chats.find(business.id, conversationId);
    if (!chat) throw await missing(business.id, conversationId);
    // The try routes continue only the owner's own test chats, never a visitor's.
    if (options.test && !chat.test) throw chatNotFound(conversationId);
    if (chat.ended) throw chatEnded();
    await chats.keep(business.id, conversationId, chat);
    const ctx = contextOf(business, chat);
    const result = await assistant.turn(ctx, { text });
    if (result.end) await close(ctx, conversationId, chat);
    return { conversation_id: conversationId, reply_text: result.reply, done: result.end };
  }

  // The assistant said goodbye: the chat takes no more messages, and the session is settled as the
  // end of a call is (what was left unbooked becomes a callback for the owner, the transcript gets
  // its summary). The visitor already has the goodbye, so a failure to settle is only logged.
  async function close(ctx: TurnContext, conversationId: string, chat: WidgetChat): Promise<void> {
    await chats.keep(ctx.business.id, conversationId, { ...chat, ended: true });
    await assistant.end(ctx, 'completed').catch((error: unknown) => {
      const code = error instanceof AppError ? error.code : (error as Error).name;
      log.warn(
        { business_id: ctx.business.id, conversation_id: conversationId, code },
        'widget chat end failed',
      );
    });
  }

  // No live chat: a web conversation of this tenant whose chat lapsed is expired (409, start again);
  // anything else, including another tenant's conversation or a call's, is unknown here (404).
  async function missing(businessId: string, conversationId: string): Promise<AppError> {
    const conversation = await conversations.get(businessId, conversationId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    });
    return conversation?.channel === 'web' ? chatExpired() : chatNotFound(conversationId);
  }

  return { start, message };
}

function phoneOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const phone = normalizePhone(raw);
  if (!phone) {
    throw new AppError('VALIDATION_FAILED', 'The phone number is not valid', {
      errors: [{ path: 'body.customer_phone', message: 'must be a phone number' }],
    });
  }
  return phone;
}
