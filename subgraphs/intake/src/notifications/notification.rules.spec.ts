import {
  MESSAGE_CATALOGS,
  MESSAGE_LANGUAGES,
  NOTIFICATION_TEMPLATES,
  chooseLanguage,
  classifySendFailure,
  describeSendFailure,
  planNotification,
  renderNotification,
  retryDelayMs,
} from './notification.rules';

const trackingUrl = 'https://311.city.example/track';

describe('choosing the language of a message', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['zh-Hant-TW', 'zh'],
    ['zh-CN', 'zh'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['ES', 'es'],
    ['es_MX', 'es'],
    ['en-GB', 'en'],
    ['vi', 'vi'],
  ])('the tag %s is answered in %s', (tag, expected) => {
    expect(chooseLanguage(tag)).toBe(expected);
  });

  it.each(['tlh', 'de-DE', 'ar', '', '   ', 'not a language tag!', null, undefined])(
    'anything we have no texts for (%p) is answered in English',
    (tag) => {
      expect(chooseLanguage(tag)).toBe('en');
    },
  );
});

describe('the message catalogs', () => {
  const englishKeys = Object.keys(MESSAGE_CATALOGS.en).sort();

  it.each(MESSAGE_LANGUAGES.filter((language) => language !== 'en'))(
    'the %s catalog has exactly the keys of the English one',
    (language) => {
      expect(Object.keys(MESSAGE_CATALOGS[language]).sort()).toEqual(englishKeys);
    },
  );

  it('every template has a subject and a body', () => {
    for (const template of NOTIFICATION_TEMPLATES) {
      expect(englishKeys).toContain(`${template}.subject`);
      expect(englishKeys).toContain(`${template}.body`);
    }
  });
});

describe('rendering a message', () => {
  const cases = NOTIFICATION_TEMPLATES.flatMap((template) =>
    MESSAGE_LANGUAGES.map((language) => [template, language] as const),
  );

  it.each(cases)('%s in %s renders and quotes the SR number', (template, language) => {
    const message = renderNotification(template, language, {
      srNumber: 'SR-2026-000123',
      disposition: 'Pothole filled',
      trackingUrl,
    });
    expect(message.language).toBe(language);
    expect(message.subject).toContain('SR-2026-000123');
    expect(message.text).toContain('SR-2026-000123');
    expect(message.subject).not.toMatch(/[{}\n]/);
    expect(message.text).not.toMatch(/[{}]/);
    if (template !== 'completion') expect(message.text).toContain(trackingUrl);
  });

  it('a message in a language we have no texts for falls back to English', () => {
    const message = renderNotification('receipt', 'tlh', { srNumber: 'SR-1', trackingUrl });
    expect(message).toEqual(renderNotification('receipt', 'en', { srNumber: 'SR-1', trackingUrl }));
    expect(message.language).toBe('en');
    expect(message.subject).toBe('We received your request: SR SR-1');
  });

  it('a receipt says how to track the request', () => {
    const { text } = renderNotification('receipt', 'en', { srNumber: 'SR-9', trackingUrl });
    expect(text).toContain(`go to ${trackingUrl} and enter your SR number: SR-9`);
  });

  it('a staff complaint receipt warns that findings may be protected by employment law', () => {
    const { text } = renderNotification('staff-complaint-receipt', 'en', {
      srNumber: 'SR-9',
      trackingUrl,
    });
    expect(text).toContain('may be protected by employment law');
    expect(text).toContain('may or may not be disclosed to you');
  });

  it('a fraud, waste or abuse receipt warns that findings may be protected by law', () => {
    const { text } = renderNotification('fraud-receipt', 'en', { srNumber: 'SR-9', trackingUrl });
    expect(text).toContain('any findings may be protected by law');
    expect(text).toContain('whistleblowers');
  });

  it('a completion message gives the disposition and says the request is closed', () => {
    const { subject, text } = renderNotification('completion', 'es', {
      srNumber: 'SR-9',
      disposition: 'Farola reparada',
      trackingUrl,
    });
    expect(subject).toBe('Su solicitud de servicio SR-9 ha sido cerrada');
    expect(text).toContain('Resultado: Farola reparada');
    expect(text).toContain('ya está cerrada');
  });

  it('a completion message without a disposition still reads as a whole sentence', () => {
    const { text } = renderNotification('completion', 'en', { srNumber: 'SR-9', trackingUrl });
    expect(text.startsWith('We have completed your service request SR-9.\n\nThis service')).toBe(
      true,
    );
    expect(text).not.toContain('Outcome');
  });

  it('a disposition with ICU syntax in it is quoted, not interpreted', () => {
    const { text } = renderNotification('completion', 'en', {
      srNumber: 'SR-9',
      disposition: "Closed {as} duplicate's #1",
      trackingUrl,
    });
    expect(text).toContain("Outcome: Closed {as} duplicate's #1");
  });
});

describe('planning a requested message', () => {
  it('a reporter with an address gets a pending message in their language', () => {
    expect(
      planNotification({ email: ' ana@example.org ', language: 'vi-VN', srNumber: 'SR-1' }),
    ).toEqual({ status: 'pending', language: 'vi', recipientEmail: 'ana@example.org' });
  });

  it.each([null, '', '  '])('a reporter with no address (%p) gets none, recorded', (email) => {
    expect(planNotification({ email, language: 'fr', srNumber: 'SR-1' })).toEqual({
      status: 'skipped_no_email',
      language: 'fr',
      recipientEmail: null,
    });
  });

  it('a case that cannot be found is recorded as such', () => {
    expect(planNotification(null)).toEqual({
      status: 'skipped_case_missing',
      language: 'en',
      recipientEmail: null,
    });
  });
});

describe('retrying a refused message', () => {
  const policy = { baseDelayMs: 60_000, maxDelayMs: 3_600_000 };

  it('waits twice as long after each refusal, up to the cap', () => {
    const noSpread = () => 0;
    expect([1, 2, 3, 4, 7, 8, 50].map((n) => retryDelayMs(n, policy, noSpread))).toEqual([
      60_000, 120_000, 240_000, 480_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
  });

  it('spreads retries by at most a fifth, never later than the plain delay', () => {
    expect(retryDelayMs(1, policy, () => 0.999)).toBeGreaterThan(48_000);
    expect(retryDelayMs(1, policy, () => 0.5)).toBe(54_000);
  });
});

describe('sorting a failed send', () => {
  it.each([
    [{ code: 'ECONNECTION', command: 'CONN' }, 'outage'],
    [{ code: 'ETIMEDOUT' }, 'outage'],
    [{ code: 'ESOCKET' }, 'outage'],
    [{ code: 'EAUTH', responseCode: 535 }, 'outage'],
    [{ code: 'EENVELOPE', responseCode: 553, command: 'MAIL FROM' }, 'outage'],
    [{ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' }, 'temporary'],
    [{ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }, 'permanent'],
    [{ code: 'EMESSAGE', responseCode: 554, command: 'DATA' }, 'permanent'],
    [{ code: 'EENVELOPE', command: 'API' }, 'permanent'],
    [{}, 'temporary'],
  ])('%p counts as %s', (error, kind) => {
    expect(classifySendFailure(error)).toBe(kind);
  });

  it('a stored or logged failure never names an address', () => {
    const error = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <ana.lopez+311@mail.example.org>: no such user",
      ),
      { code: 'EENVELOPE', responseCode: 550 },
    );
    const described = describeSendFailure(error);
    expect(described).toBe(
      "EENVELOPE 550: Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: no such user",
    );
    expect(described).not.toContain('@');
  });

  it('a long failure is cut short', () => {
    expect(describeSendFailure(new Error('x'.repeat(1_000)))).toHaveLength(300);
  });
});
