import { Writable } from 'node:stream';
import { createLogger } from './logger';

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
});
