import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../helpers/dialects.js';
import { adminRequest, createBusiness, type TestBusiness } from '../../helpers/test-app.js';
import { type ChatTestApp, chat, chatTestApp, converse, NOW, seedBusiness } from './setup.js';

describeEachDialect('owner chat', (ctx) => {
  let t: ChatTestApp;
  let english: TestBusiness;
  let spanish: TestBusiness;
  beforeAll(async () => {
    t = await chatTestApp(ctx);
    english = await seedBusiness(t);
    spanish = await seedBusiness(t, { language_code: 'es' });
  });
  afterAll(() => t.app.close());

  const ask = async (business: TestBusiness, text: string) => (await converse(t.app, business, [text]))[0];

  describe('answers from the records, in English', () => {
    it("tomorrow's schedule, in the tenant's zone and start order, without cancelled jobs", async () => {
      expect(await ask(english, "What's on tomorrow?")).toBe(
        [
          'You have 2 appointments tomorrow (Wednesday, March 10th):',
          '- 9 AM: Dana Diaz — drain cleaning, 12 Elm Street',
          '- 1:30 PM: Kim Lee — toilet repair',
        ].join('\n'),
      );
      const today = await ask(english, 'what do I have today');
      expect(today).toContain('- 8 AM: Dana Diaz — leaking sink, 12 Elm Street (done)');
      expect(today).toContain('- 2 PM: Kim Lee — water heater (emergency)');
      expect(today).not.toContain('faucet');
    });

    it("today's summary and the next appointment", async () => {
      expect(await ask(english, "Today's summary")).toBe(
        'Today (Tuesday, March 9th): 2 appointments, 1 emergency, 1 completed, 1 still to come, 1 cancelled. Next up today at 2 PM: Kim Lee — water heater (emergency).',
      );
      expect(await ask(english, "When's my next appointment?")).toBe(
        'Your next appointment is today at 2 PM: Kim Lee — water heater (emergency).',
      );
    });

    it('open callbacks, oldest first, without resolved ones', async () => {
      expect(await ask(english, 'Who do I need to call back?')).toBe(
        [
          'You have 3 open callbacks (oldest first):',
          '- Kim Lee, +15125550143: voicemail, today at 7 AM — Burst pipe under the sink',
          '- +15125550177: missed call, today at 8 AM',
          '- Dana Diaz, +15125550142: emergency, today at 8:30 AM — Gas smell',
        ].join('\n'),
      );
    });

    it("emergencies this week: jobs and emergency calls, not last week's", async () => {
      expect(await ask(english, 'Any emergencies this week?')).toBe(
        [
          'This week: 1 emergency job and 1 emergency call.',
          '- today at 2 PM: Kim Lee — water heater (emergency)',
          '- call: Dana Diaz, +15125550142: emergency, today at 8:30 AM — Gas smell',
        ].join('\n'),
      );
    });

    it('bookings this month, cancelled ones counted apart', async () => {
      expect(await ask(english, 'How many bookings this month?')).toBe(
        'This month: 6 bookings (2 emergencies, 1 completed). 1 more was cancelled.',
      );
    });

    it('who called today: phone calls only, one line per caller', async () => {
      expect(await ask(english, 'Who called today?')).toBe(
        [
          'Today (Tuesday, March 9th): 3 calls from 2 callers:',
          '- Dana Diaz, +15125550142 (2 calls)',
          '- +15125550177',
        ].join('\n'),
      );
    });

    it('lists what it can answer, and says when it did not understand', async () => {
      const help = await ask(english, 'help');
      expect(help).toMatch(/^I can answer questions about your business/);
      for (const topic of [
        'schedule for a day',
        "today's summary",
        'open callbacks',
        'emergencies this week',
        'bookings this month',
        'who called today',
      ]) {
        expect(help).toContain(topic);
      }
      expect(await ask(english, 'what is the meaning of life?')).toBe(
        `Sorry, I didn't understand that question. ${help}`,
      );
    });
  });

  describe('answers in Spanish for a Spanish-speaking tenant', () => {
    it.each([
      [
        '¿Qué tengo mañana?',
        'Mañana (el miércoles 10 de marzo) tiene 2 citas:\n- 9 de la mañana: Dana Diaz — drain cleaning, 12 Elm Street\n- 1:30 de la tarde: Kim Lee — toilet repair',
      ],
      [
        'resumen de hoy',
        'Hoy (el martes 9 de marzo): 2 citas, 1 emergencia, 1 terminada, 1 por hacer, 1 cancelada. La próxima, hoy a las 2 de la tarde: Kim Lee — water heater (emergencia).',
      ],
      [
        '¿A quién tengo que llamar?',
        'Tiene 3 llamadas pendientes de devolver (la más antigua primero):\n- Kim Lee, +15125550143: mensaje de voz, hoy a las 7 de la mañana — Burst pipe under the sink\n- +15125550177: llamada perdida, hoy a las 8 de la mañana\n- Dana Diaz, +15125550142: emergencia, hoy a las 8:30 de la mañana — Gas smell',
      ],
      [
        'emergencias esta semana',
        'Esta semana: 1 trabajo de emergencia y 1 llamada de emergencia.\n- hoy a las 2 de la tarde: Kim Lee — water heater (emergencia)\n- llamada: Dana Diaz, +15125550142: emergencia, hoy a las 8:30 de la mañana — Gas smell',
      ],
      [
        '¿Cuántas reservas este mes?',
        'Este mes: 6 citas reservadas (2 emergencias, 1 terminada). Además, 1 cancelada.',
      ],
      [
        '¿Quién llamó hoy?',
        'Hoy (el martes 9 de marzo): 3 llamadas de 2 personas:\n- Dana Diaz, +15125550142 (2 llamadas)\n- +15125550177',
      ],
      [
        '¿Cuál es mi próxima cita?',
        'Su próxima cita es hoy a las 2 de la tarde: Kim Lee — water heater (emergencia).',
      ],
    ])('%s', async (question, answer) => {
      expect(await ask(spanish, question)).toBe(answer);
    });

    it('says so when there is nothing', async () => {
      const empty = await createBusiness(t.app, { name: 'Fontanería Vacía', language_code: 'es' });
      expect(await ask(empty, 'emergencias esta semana')).toBe('Esta semana: ninguna emergencia.');
      expect(await ask(empty, '¿Quién llamó hoy?')).toBe('Hoy (el martes 9 de marzo) no llamó nadie.');
      expect(await ask(empty, 'llamadas pendientes')).toBe(
        'No hay llamadas pendientes de devolver: está todo al día.',
      );
      expect(await ask(empty, '¿Qué tengo mañana?')).toBe(
        'Mañana (el miércoles 10 de marzo) no tiene nada en la agenda.',
      );
      expect(await ask(empty, 'próxima cita')).toBe('No tiene citas próximas.');
      expect(await ask(empty, 'reservas del mes pasado')).toBe(
        'El mes pasado: 0 citas reservadas (0 emergencias, 0 terminadas).',
      );
    });

    it('and its help, also for English words it does not know', async () => {
      expect(await ask(spanish, 'xyzzy')).toMatch(
        /^Perdone, no entendí la pregunta\. Puedo responder preguntas/,
      );
      // Questions are recognised in either language; the answer is in the tenant's.
      expect(await ask(spanish, 'who called today?')).toMatch(/^Hoy \(el martes 9 de marzo\): 3 llamadas/);
    });
  });

  describe('follow-ups in one conversation', () => {
    it('"and the day after?" moves the previous question one day on, again and again', async () => {
      const replies = await converse(t.app, english, [
        "What's on tomorrow?",
        'and the day after?',
        'and the day after that?',
        'the day before?',
      ]);
      expect(replies[1]).toBe('You have nothing scheduled on Thursday, March 11th.');
      expect(replies[2]).toBe('You have 1 appointment on Friday, March 12th:\n- 10 AM: Kim Lee — inspection');
      expect(replies[3]).toBe('You have nothing scheduled on Thursday, March 11th.');
    });

    it('keeps the kind of question for another period, in both languages', async () => {
      const replies = await converse(t.app, english, [
        'emergencies this week',
        'and last week?',
        'bookings this month',
        'and last month?',
        'who called today',
        'what about yesterday?',
      ]);
      expect(replies[1]).toBe(
        'Last week: 1 emergency job.\n- Wednesday, March 3rd at 10 AM: Kim Lee — burst pipe (emergency)',
      );
      expect(replies[3]).toBe('Last month: 1 booking (0 emergencies, 0 completed).');
      expect(replies[5]).toBe(
        'Yesterday (Monday, March 8th): 1 call from 1 caller:\n- Kim Lee, +15125550143',
      );
      const spanishReplies = await converse(t.app, spanish, ['¿qué tengo mañana?', '¿y el día siguiente?']);
      expect(spanishReplies[1]).toBe('El jueves 11 de marzo no tiene nada en la agenda.');
    });

    it('survives a message it did not understand in between', async () => {
      const replies = await converse(t.app, english, ["What's on tomorrow?", 'blah', 'and the day after?']);
      expect(replies[1]).toMatch(/^Sorry, I didn't understand/);
      expect(replies[2]).toBe('You have nothing scheduled on Thursday, March 11th.');
    });

    it('without the conversation id, a follow-up is a new conversation that gets the help text', async () => {
      await ask(english, "What's on tomorrow?");
      expect(await ask(english, 'and the day after?')).toMatch(/^Sorry, I didn't understand/);
    });

    it('returns the same conversation id while it lives, and a new one once it expired', async () => {
      const first = (await chat(t.app, english, { text: "What's on tomorrow?" })).json();
      expect(first.conversation_id).toMatch(/^chat_[0-9a-f]{32}$/);
      const second = (
        await chat(t.app, english, { text: 'and the day after?', conversation_id: first.conversation_id })
      ).json();
      expect(second.conversation_id).toBe(first.conversation_id);
      // SESSION_TTL_SECONDS (3600) after the last message the conversation is gone.
      t.clock.advance(3_601_000);
      try {
        const late = (
          await chat(t.app, english, { text: 'and the day after?', conversation_id: first.conversation_id })
        ).json();
        expect(late.conversation_id).not.toBe(first.conversation_id);
        expect(late.reply_text).toMatch(/^Sorry, I didn't understand/);
      } finally {
        t.clock.set(NOW);
      }
    });

    it("another tenant's conversation id starts a new conversation and reveals nothing", async () => {
      const mine = (await chat(t.app, english, { text: "What's on tomorrow?" })).json();
      const other = await createBusiness(t.app, { name: 'Other Plumbing' });
      const response = await chat(t.app, other, {
        text: 'and the day after?',
        conversation_id: mine.conversation_id,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().conversation_id).not.toBe(mine.conversation_id);
      expect(response.json().reply_text).toMatch(/^Sorry, I didn't understand/);
      // Its own records only: the other tenant has nothing.
      expect(await ask(other, 'Who called today?')).toBe('Nobody called today (Tuesday, March 9th).');
      expect(await ask(other, 'Who do I need to call back?')).toBe(
        "No open callbacks: you're all caught up.",
      );
      expect(await ask(other, "What's on tomorrow?")).toBe(
        'You have nothing scheduled tomorrow (Wednesday, March 10th).',
      );
      expect(await ask(other, 'emergencies this week')).toBe('No emergencies this week.');
      expect(await ask(other, 'next appointment')).toBe('You have no upcoming appointments.');
    });
  });

  it("reads 'today' in the tenant's time zone", async () => {
    // 15:00 UTC on March 9th is already March 10th, midnight, in Tokyo.
    const tokyo = await createBusiness(t.app, { name: 'Tokyo Plumbing', time_zone: 'Asia/Tokyo' });
    const business = (await t.services.tenants.findById(tokyo.id))!;
    const { customer } = await t.services.customers.upsertByPhone(tokyo.id, {
      phone: '+15125550150',
      name: 'Aiko',
    });
    await t.services.bookings.book(business, { customer_id: customer.id, start_time: '2027-03-10T09:00' });
    expect(await ask(tokyo, "today's schedule")).toBe(
      'You have 1 appointment today (Wednesday, March 10th):\n- 9 AM: Aiko',
    );
    expect(await ask(english, 'schedule for 2027-03-10')).toContain('tomorrow (Wednesday, March 10th)');
  });

  describe('credentials', () => {
    it('answers 401 without credentials or with a widget token, as a problem document', async () => {
      for (const headers of [
        {},
        { 'x-widget-token': english.widgetToken },
        { 'x-api-key': 'tk_not_a_key' },
      ]) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/v1/chat',
          headers,
          payload: { text: 'help' },
        });
        expect(response.statusCode).toBe(401);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      }
    });

    it("answers 403 to a bearer token of one tenant naming another, and nothing of the other's", async () => {
      const other = await createBusiness(t.app, { name: 'Other Plumbing' });
      const bearer = await chatTestApp(
        ctx,
        {},
        {
          verifyBearer: async (token) =>
            token === 'token-english' ? { businessId: english.id, userId: 'u1', role: 'owner' } : null,
        },
      );
      try {
        const send = (headers: Record<string, string>) =>
          bearer.app.inject({
            method: 'POST',
            url: '/v1/chat',
            headers,
            payload: { text: 'Who called today?' },
          });
        const mismatch = await send({ authorization: 'Bearer token-english', 'x-business-id': other.id });
        expect(mismatch.statusCode).toBe(403);
        expect(mismatch.json()).toMatchObject({ status: 403, code: 'BUSINESS_MISMATCH' });
        expect((await send({ authorization: 'Bearer not-a-token' })).statusCode).toBe(401);
        const own = await send({ authorization: 'Bearer token-english' });
        expect(own.statusCode).toBe(200);
        expect(own.json().reply_text).toMatch(/^Today \(Tuesday, March 9th\): 3 calls from 2 callers/);
      } finally {
        await bearer.app.close();
      }
    });

    it('needs X-Owner-Token with an API key when the dashboard token is configured', async () => {
      const guarded = await chatTestApp(ctx, { OWNER_DASHBOARD_TOKEN: 'owner-token-0123456789' });
      try {
        const business = await createBusiness(guarded.app);
        const send = (headers: Record<string, string>) =>
          guarded.app.inject({
            method: 'POST',
            url: '/v1/chat',
            headers: { 'x-api-key': business.apiKey, ...headers },
            payload: { text: 'help' },
          });
        expect((await send({})).statusCode).toBe(401);
        expect((await send({ 'x-owner-token': 'owner-token-0123456789' })).statusCode).toBe(200);
      } finally {
        await guarded.app.close();
      }
    });
  });

  it('is rate limited, stream included, like every /v1/chat route', async () => {
    const limited = await chatTestApp(ctx, {
      RATE_LIMIT_DISABLED: 'false',
      RATE_LIMIT_BURST: '2',
      RATE_LIMIT_PER_MINUTE: '1',
    });
    try {
      const business = await createBusiness(limited.app);
      const statuses: number[] = [];
      for (const url of ['/v1/chat', '/v1/chat/stream', '/v1/chat', '/v1/chat/stream']) {
        statuses.push((await chat(limited.app, business, { text: 'help' }, url)).statusCode);
      }
      expect(statuses).toEqual([200, 200, 429, 429]);
    } finally {
      await limited.app.close();
    }
  });

  describe('bad input answers 422', () => {
    it.each([
      ['empty text', { text: '' }, 'body.text'],
      ['blank text', { text: '   ' }, 'body.text'],
      ['no text', {}, 'body.text'],
      ['text that is not a string', { text: 42 }, 'body.text'],
      ['too long a text', { text: 'x'.repeat(2001) }, 'body.text'],
      ['a malformed conversation id', { text: 'help', conversation_id: '../other' }, 'body.conversation_id'],
      ['an unknown field', { text: 'help', extra: true }, 'body'],
    ])('%s', async (_name, body, path) => {
      const response = await chat(t.app, english, body);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it('and leaves the conversation as it was', async () => {
      const first = (await chat(t.app, english, { text: "What's on tomorrow?" })).json();
      const { conversation_id } = first;
      expect((await chat(t.app, english, { text: '', conversation_id })).statusCode).toBe(422);
      expect((await chat(t.app, english, { text: 'x'.repeat(2001), conversation_id })).statusCode).toBe(422);
      const next = (await chat(t.app, english, { text: 'and the day after?', conversation_id })).json();
      expect(next).toEqual({
        conversation_id,
        reply_text: 'You have nothing scheduled on Thursday, March 11th.',
      });
    });

    it('a form body answers 415', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/v1/chat',
        headers: { 'x-api-key': english.apiKey, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'text=help',
      });
      expect(response.statusCode).toBe(415);
    });
  });

  describe('lockdown and suspension', () => {
    it('keeps answering the owner while the tenant is in lockdown or suspended', async () => {
      const business = await seedBusiness(t);
      const lockdown = await t.app.inject({
        method: 'POST',
        url: '/v1/owner/lockdown',
        headers: { 'x-api-key': business.apiKey },
        payload: { enabled: true },
      });
      expect(lockdown.json()).toEqual({ lockdown_mode: true });
      const locked = await chat(t.app, business, { text: 'Who do I need to call back?' });
      expect(locked.statusCode).toBe(200);
      expect(locked.json().reply_text).toMatch(/^You have 3 open callbacks/);

      await adminRequest(t.app, {
        method: 'PATCH',
        url: `/v1/admin/businesses/${business.id}`,
        payload: { status: 'suspended' },
      });
      const suspended = await chat(t.app, business, { text: "What's on tomorrow?" });
      expect(suspended.statusCode).toBe(200);
      expect(suspended.json().reply_text).toMatch(/^You have 2 appointments tomorrow/);
    });
  });

  it('reads more than one page of records', async () => {
    const busy = await createBusiness(t.app, { name: 'Busy Plumbing', time_zone: 'America/Chicago' });
    const business = (await t.services.tenants.findById(busy.id))!;
    const { customer } = await t.services.customers.upsertByPhone(busy.id, {
      phone: '+15125550160',
      name: 'Lee',
    });
    // 230 half-hour jobs from March 1st on: more than one page (200) of the appointment list.
    const start = Date.parse('2027-03-01T06:00:00Z');
    for (let i = 0; i < 230; i += 1) {
      const at = new Date(start + i * 1_800_000);
      await t.services.bookings.book(business, {
        customer_id: customer.id,
        start_time: at,
        end_time: new Date(at.getTime() + 1_800_000),
      });
    }
    expect(await ask(busy, 'bookings this month')).toBe(
      'This month: 230 bookings (0 emergencies, 0 completed).',
    );
  });
});
