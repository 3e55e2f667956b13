import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { formatErrorFor } from '#platform/graphql/error-format.js';
import { badInput } from '#platform/graphql/errors.js';

function capture() {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  return { format: formatErrorFor(logger), lines };
}

describe('formatErrorFor', () => {
  it('never echoes a rejected variable value, keeping our explanation', () => {
    const { format } = capture();
    const ours = badInput('citizen ID check character does not match');
    const coercion = new GraphQLError(
      'Variable "$input" got invalid value "110105194912310021" at "input.citizenId"; citizen ID check character does not match',
      { originalError: ours },
    );
    const wrapped = new GraphQLError(coercion.message, { originalError: coercion, extensions: { code: 'BAD_USER_INPUT' } });
    const result = format({ message: wrapped.message, extensions: { code: 'BAD_USER_INPUT' } }, wrapped);
    expect(result).toEqual({
      message: 'Variable "$input" got an invalid value: citizen ID check character does not match',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('passes our coded errors through with their extensions', () => {
    const { format } = capture();
    const error = badInput('first must be between 1 and 500', 'first');
    expect(format({ message: error.message, path: ['patients'], extensions: { code: 'BAD_USER_INPUT' } }, error)).toEqual({
      message: 'first must be between 1 and 500',
      path: ['patients'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('hides unexpected errors and logs them without their message', () => {
    const { format, lines } = capture();
    const error = Object.assign(new Error('duplicate key value (pid)=(secretpid)'), { code: '23505', detail: 'Key (pid)=(secretpid)' });
    const result = format({ message: error.message, path: ['x'] }, error);
    expect(result).toEqual({ message: '服务器内部错误', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('secretpid');
    expect(JSON.parse(lines[0]!)).toMatchObject({ sqlState: '23505', errorType: 'Error' });
  });

  it("codes Apollo's own refusals that carry a 4xx status but no code as BAD_REQUEST, without logging them", () => {
    const { format, lines } = capture();
    const error = new GraphQLError('Unsupported persisted query version', { extensions: { http: { status: 400 } } });
    expect(format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'Unsupported persisted query version',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(lines).toHaveLength(0);
  });
});
