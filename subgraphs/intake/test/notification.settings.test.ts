import { EnvironmentError, loadEnvironment, subgraphEnvironment } from '@hub/service-kit';
import {
  DEVELOPMENT_SMTP_URL,
  notificationEnvironment,
  smtpUrlOf,
} from '../src/notifications/notification.module';

const shape = { ...subgraphEnvironment, ...notificationEnvironment };
const base = {
  DATABASE_URL: 'postgres://intake@127.0.0.1:5432/hub',
  KAFKA_BROKERS: '127.0.0.1:9092',
  HUB_AUTH_ISSUER: 'https://id.city.example',
  HUB_AUTH_AUDIENCE: 'hub',
};

function problemsOf(env: Record<string, string>): { variable: string; problem: string }[] {
  try {
    loadEnvironment('intake', shape, { ...base, ...env });
  } catch (error) {
    if (error instanceof EnvironmentError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('the settings of the acknowledgment emails', () => {
  it('outside production they default to a local relay, a placeholder sender and 8 attempts', () => {
    const config = loadEnvironment('intake', shape, { ...base, NODE_ENV: 'development' });
    expect(smtpUrlOf(config)).toBe(DEVELOPMENT_SMTP_URL);
    expect(config.HUB_MAIL_FROM).toBe('City 311 <no-reply@example.invalid>');
    expect(config.HUB_TRACKING_URL).toBe('http://localhost:4000/track');
    expect(config.HUB_MAIL_MAX_ATTEMPTS).toBe(8);
  });

  it('production refuses to start without a mail relay, naming the variable', () => {
    const config = loadEnvironment('intake', shape, { ...base, NODE_ENV: 'production' });
    expect(() => smtpUrlOf(config)).toThrow(EnvironmentError);
    expect(() => smtpUrlOf(config)).toThrow(/HUB_SMTP_URL: is required in production/);
  });

  it('production takes the relay it is given', () => {
    const url = 'smtps://mailer:s3cret@mail.city.example:465';
    const config = loadEnvironment('intake', shape, {
      ...base,
      NODE_ENV: 'production',
      HUB_SMTP_URL: url,
    });
    expect(smtpUrlOf(config)).toBe(url);
  });

  it('a relay URL that is not smtp:// or smtps:// is refused without repeating its password', () => {
    const problems = problemsOf({ HUB_SMTP_URL: 'https://mailer:s3cret@mail.city.example' });
    expect(problems).toEqual([
      {
        variable: 'HUB_SMTP_URL',
        problem: expect.stringContaining('must be an smtp:// or smtps:// URL'),
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain('s3cret');
  });

  it('a sender, tracking page or attempt count that makes no sense is refused, each named', () => {
    const problems = problemsOf({
      HUB_MAIL_FROM: 'City 311',
      HUB_TRACKING_URL: 'ftp://311.city.example/track',
      HUB_MAIL_MAX_ATTEMPTS: '0',
    });
    expect(problems.map((p) => p.variable).sort()).toEqual([
      'HUB_MAIL_FROM',
      'HUB_MAIL_MAX_ATTEMPTS',
      'HUB_TRACKING_URL',
    ]);
  });
});
