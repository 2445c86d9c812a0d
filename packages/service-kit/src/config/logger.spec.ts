import { Writable } from 'node:stream';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { createLogger, describeError } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it('censors personal data and credentials wherever they are nested', () => {
    const { lines, stream } = capture();
    const logger = createLogger('intake', 'info', stream);
    logger.info(
      {
        req: { headers: { authorization: 'Bearer secret-token' } },
        case: {
          reporter: { email: 'ana@example.org' },
          email: 'ana@example.org',
          phone: '555-0100',
        },
        variables: { description: 'my neighbour Bob' },
        caseId: 'c-1',
      },
      'case received',
    );
    const line = lines.join('');
    expect(line).not.toContain('secret-token');
    expect(line).not.toContain('ana@example.org');
    expect(line).not.toContain('555-0100');
    expect(line).not.toContain('Bob');
    expect(line).toContain('c-1');
    expect(line).toContain('"service":"intake"');
  });

  it('tells a database error by its code and constraint, never by the statement or its values', () => {
    const failed = new UniqueConstraintViolationException(
      Object.assign(
        new Error(
          `insert into "case" ("reporter_name", "reporter_email") values ('Ana Lima', 'ana@example.org') - duplicate key value violates unique constraint "case_idempotency"`,
        ),
        {
          code: '23505',
          constraint: 'case_idempotency',
          detail: 'Key (reporter_email)=(ana@example.org) already exists.',
        },
      ),
    );
    const { lines, stream } = capture();
    createLogger('intake', 'info', stream).error({ err: describeError(failed) }, 'write failed');
    const line = lines.join('');
    expect(line).toContain('23505');
    expect(line).toContain('case_idempotency');
    expect(line).not.toContain('Ana Lima');
    expect(line).not.toContain('ana@example.org');
    expect(line).not.toContain('insert into');
  });

  it('tells a plain error by its message', () => {
    expect(describeError(new TypeError('x is not a function'))).toEqual({
      type: 'TypeError',
      message: 'x is not a function',
    });
  });
});
